namespace Corpus.Core.Storage;

/// <summary>Content-addressed storage of raw bytes (audio uploads, release files), keyed by SHA-256.</summary>
public interface IBlobStore
{
    /// <summary>
    /// Stores the stream's bytes under their SHA-256 and returns only once they are durable.
    /// Storing bytes that are already present is a no-op that returns the same reference.
    /// </summary>
    Task<BlobRef> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Opens a stored blob for reading; the bytes are checked against the hash as they are read.</summary>
    Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken);

    Task DeleteAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Every stored blob, for verification and migration.</summary>
    IAsyncEnumerable<BlobRef> ListAsync(CancellationToken cancellationToken);
}
