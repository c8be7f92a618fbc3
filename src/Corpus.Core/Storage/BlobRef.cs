namespace Corpus.Core.Storage;

/// <summary>A stored blob: lowercase hex SHA-256 of its bytes and their count.</summary>
public sealed record BlobRef(string Sha256, long Size);
