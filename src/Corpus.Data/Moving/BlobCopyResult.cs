namespace Corpus.Data.Moving;

/// <summary>What a blob copy did: blobs sent, blobs the target already had, and those that could not be copied.</summary>
public sealed record BlobCopyResult(long Copied, long CopiedBytes, long AlreadyPresent, IReadOnlyList<string> Failures);
