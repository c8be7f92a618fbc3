using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Corpus.Core.Storage;

namespace Corpus.Data.Blobs.S3;

/// <summary>
/// Sends a large staged blob as a multipart upload. Every part carries its Content-MD5 and its returned ETag is
/// compared; the parts are hashed again as they are read, so a source that changed since it was hashed is caught
/// and the upload aborted instead of completed under the wrong key.
/// </summary>
internal sealed class S3MultipartUpload(IAmazonS3 client, S3BlobStoreOptions options)
{
    public async Task UploadAsync(StagedBlob blob, string key, CancellationToken cancellationToken)
    {
        var partSize = PartSizeFor(blob.Length, options.PartSize);
        var started = await client.InitiateMultipartUploadAsync(
            new InitiateMultipartUploadRequest { BucketName = options.Bucket, Key = key, ContentType = "application/octet-stream" },
            cancellationToken).ConfigureAwait(false);
        try
        {
            var parts = await UploadPartsAsync(blob, key, started.UploadId, partSize, cancellationToken).ConfigureAwait(false);
            await client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = options.Bucket, Key = key, UploadId = started.UploadId, PartETags = parts,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await AbortAsync(key, started.UploadId).ConfigureAwait(false);
            throw;
        }
    }

    private async Task AbortAsync(string key, string uploadId)
    {
        try
        {
            await client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest
            {
                BucketName = options.Bucket, Key = key, UploadId = uploadId,
            }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (AmazonServiceException)
        {
            // Some S3-compatible servers cannot abort; the parts stay invisible to readers and to listings,
            // and a bucket lifecycle rule for incomplete uploads removes them. The original failure matters more.
        }
    }

    internal static long PartSizeFor(long length, long configuredPartSize)
    {
        var needed = (length + S3BlobStoreOptions.MaximumPartCount - 1) / S3BlobStoreOptions.MaximumPartCount;
        return Math.Max(configuredPartSize, needed);
    }

    private async Task<List<PartETag>> UploadPartsAsync(StagedBlob blob, string key, string uploadId, long partSize,
        CancellationToken cancellationToken)
    {
        var source = blob.Rewind();
        using var resent = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var slots = new SemaphoreSlim(options.UploadConcurrency);
        var uploads = new List<Task<PartETag>>();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var partNumber = 0;
            for (long offset = 0; offset < blob.Length; offset += partSize)
            {
                await slots.WaitAsync(failed.Token).ConfigureAwait(false);
                var length = (int)Math.Min(partSize, blob.Length - offset);
                var buffer = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    await source.ReadExactlyAsync(buffer.AsMemory(0, length), failed.Token).ConfigureAwait(false);
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    slots.Release();
                    throw;
                }
                resent.AppendData(buffer, 0, length);
                uploads.Add(UploadPartAsync(key, uploadId, ++partNumber, buffer, length, slots, failed));
            }
            var parts = await Task.WhenAll(uploads).ConfigureAwait(false);
            var actual = Convert.ToHexStringLower(resent.GetHashAndReset());
            if (actual != blob.Sha256) throw new BlobIntegrityException(blob.Sha256, actual);
            return [.. parts];
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A part failed and cancelled the rest: report that part's error, not the cancellation it caused.
            await DrainAsync(uploads).ConfigureAwait(false);
            var cause = uploads.FirstOrDefault(u => u.IsFaulted)?.Exception?.InnerException;
            if (cause is not null) ExceptionDispatchInfo.Throw(cause);
            throw;
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            await DrainAsync(uploads).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task DrainAsync(List<Task<PartETag>> uploads)
    {
        try
        {
            await Task.WhenAll(uploads).ConfigureAwait(false);
        }
        catch
        {
            // Only waiting for every part to stop; the caller reports the failure.
        }
    }

    private async Task<PartETag> UploadPartAsync(string key, string uploadId, int partNumber, byte[] buffer, int length,
        SemaphoreSlim slots, CancellationTokenSource failed)
    {
        try
        {
            var md5 = MD5.HashData(buffer.AsSpan(0, length));
            using var body = new MemoryStream(buffer, 0, length, writable: false);
            var response = await client.UploadPartAsync(new UploadPartRequest
            {
                BucketName = options.Bucket, Key = key, UploadId = uploadId, PartNumber = partNumber,
                InputStream = body, PartSize = length, MD5Digest = Convert.ToBase64String(md5), UseChunkEncoding = false,
            }, failed.Token).ConfigureAwait(false);
            S3WriteCheck.EnsureETagMatches(response.ETag, md5, $"part {partNumber} of {key}");
            return new PartETag(partNumber, response.ETag);
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            slots.Release();
        }
    }
}
