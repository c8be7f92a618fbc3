using System.Security.Cryptography;
using Corpus.Core.Storage;

namespace Corpus.Data.Blobs.S3;

/// <summary>
/// Passes a blob's bytes through while hashing them; at end of stream throws
/// <see cref="BlobIntegrityException"/> when they do not hash to the blob's key, so damage is never read silently.
/// </summary>
internal sealed class VerifyingReadStream(Stream inner, string expectedSha256, IDisposable? owner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;
    private bool _verified;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        return Account(buffer[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Account(buffer.Span[..read]);
    }

    private int Account(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length > 0)
        {
            _hash.AppendData(chunk);
            _position += chunk.Length;
        }
        else if (!_verified)
        {
            _verified = true;
            Span<byte> digest = stackalloc byte[32];
            _hash.GetHashAndReset(digest);
            var actual = Convert.ToHexStringLower(digest);
            if (actual != expectedSha256) throw new BlobIntegrityException(expectedSha256, actual);
        }
        return chunk.Length;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            owner?.Dispose();
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
