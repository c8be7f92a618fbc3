using System.Buffers;
using System.Security.Cryptography;

namespace Corpus.Data.Blobs.S3;

/// <summary>
/// An upload after its first pass: its SHA-256 and length are known, and its bytes can be read again,
/// from a pooled buffer (small blobs), from the caller's seekable stream, or from a temporary spool file.
/// </summary>
internal sealed class StagedBlob : IAsyncDisposable
{
    private const int CopyChunk = 128 * 1024;

    private byte[]? _buffer;
    private readonly Stream? _stream;
    private readonly long _streamStart;
    private readonly bool _ownsStream;

    private StagedBlob(string sha256, long length, byte[]? buffer, Stream? stream, long streamStart, bool ownsStream)
    {
        Sha256 = sha256;
        Length = length;
        _buffer = buffer;
        _stream = stream;
        _streamStart = streamStart;
        _ownsStream = ownsStream;
    }

    public string Sha256 { get; }
    public long Length { get; }

    /// <summary>The whole blob when it fitted under the multipart threshold; otherwise null.</summary>
    public ArraySegment<byte>? InMemory =>
        _buffer is null ? default(ArraySegment<byte>?) : new ArraySegment<byte>(_buffer, 0, (int)Length);

    /// <summary>The blob's bytes again, from the start, for a multipart upload.</summary>
    public Stream Rewind()
    {
        if (_stream is null) throw new InvalidOperationException("A small blob is read from memory.");
        _stream.Position = _streamStart;
        return _stream;
    }

    public static async Task<StagedBlob> StageAsync(
        Stream content, long multipartThreshold, string spoolDirectory, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (content.CanSeek)
        {
            var start = content.Position;
            var remaining = content.Length - start;
            if (remaining >= multipartThreshold)
            {
                await CopyHashingAsync(content, null, hash, cancellationToken).ConfigureAwait(false);
                return new StagedBlob(Finish(hash), remaining, null, content, start, ownsStream: false);
            }
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(multipartThreshold, CopyChunk));
        var filled = 0;
        var keptBuffer = false;
        try
        {
            while (true)
            {
                // The pool may hand out a larger array than asked for; never buffer past the threshold.
                var capacity = (int)Math.Min(buffer.Length, multipartThreshold);
                if (filled == capacity)
                {
                    if (capacity == multipartThreshold) break;
                    buffer = Grow(buffer, filled, (int)Math.Min(multipartThreshold, (long)buffer.Length * 2));
                    continue;
                }
                var read = await content.ReadAsync(buffer.AsMemory(filled, capacity - filled), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    hash.AppendData(buffer, 0, filled);
                    keptBuffer = true;
                    return new StagedBlob(Finish(hash), filled, buffer, null, 0, ownsStream: false);
                }
                filled += read;
            }
            return await SpoolAsync(buffer, filled, content, hash, spoolDirectory, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!keptBuffer) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<StagedBlob> SpoolAsync(byte[] head, int headLength, Stream rest,
        IncrementalHash hash, string spoolDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(spoolDirectory, $"corpus-s3-spool-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            CopyChunk, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            hash.AppendData(head, 0, headLength);
            await file.WriteAsync(head.AsMemory(0, headLength), cancellationToken).ConfigureAwait(false);
            await CopyHashingAsync(rest, file, hash, cancellationToken).ConfigureAwait(false);
            return new StagedBlob(Finish(hash), file.Length, null, file, 0, ownsStream: true);
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task CopyHashingAsync(Stream source, Stream? destination, IncrementalHash hash,
        CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(CopyChunk);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk.AsMemory(0, CopyChunk), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(chunk, 0, read);
                if (destination is not null)
                    await destination.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static byte[] Grow(byte[] buffer, int filled, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static string Finish(IncrementalHash hash) => Convert.ToHexStringLower(hash.GetHashAndReset());

    public async ValueTask DisposeAsync()
    {
        if (_buffer is not null) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
        if (_ownsStream && _stream is not null) await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
