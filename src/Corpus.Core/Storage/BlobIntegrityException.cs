namespace Corpus.Core.Storage;

/// <summary>Stored bytes no longer hash to their key: the blob is damaged.</summary>
public sealed class BlobIntegrityException(string sha256, string actual)
    : Exception($"Blob {sha256} is damaged: its bytes hash to {actual}.")
{
    public string Sha256 { get; } = sha256;
}
