namespace Corpus.Core.Storage;

public sealed class BlobNotFoundException(string sha256) : Exception($"Blob {sha256} is not stored.")
{
    public string Sha256 { get; } = sha256;
}
