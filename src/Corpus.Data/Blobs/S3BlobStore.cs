using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Corpus.Core.Storage;
using Corpus.Data.Blobs.S3;

namespace Corpus.Data.Blobs;

/// <summary>Content-addressed blobs in an S3-compatible bucket, keyed <c>prefix/ab/cd/&lt;sha256&gt;</c>.</summary>
public sealed class S3BlobStore : IBlobStore, IDisposable
{
    private readonly IAmazonS3 _client;
    private readonly bool _ownsClient;
    private readonly S3BlobStoreOptions _options;
    private readonly S3BlobKeys _keys;
    private readonly S3MultipartUpload _multipart;

    public S3BlobStore(S3BlobStoreOptions options) : this(S3ClientFactory.Create(options), options, ownsClient: true) { }

    public S3BlobStore(IAmazonS3 client, S3BlobStoreOptions options) : this(client, options, ownsClient: false) { }

    private S3BlobStore(IAmazonS3 client, S3BlobStoreOptions options, bool ownsClient)
    {
        options.Validate();
        _client = client;
        _ownsClient = ownsClient;
        _options = options;
        _keys = new S3BlobKeys(options.KeyPrefix);
        _multipart = new S3MultipartUpload(client, options);
    }

    /// <summary>Creates the bucket when the server does not have it yet (a fresh install or a test server).</summary>
    public async Task EnsureBucketExistsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.PutBucketAsync(new PutBucketRequest { BucketName = _options.Bucket }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
        {
        }
    }

    public async Task<BlobRef> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var spool = _options.SpoolDirectory ?? Path.GetTempPath();
        await using var blob = await StagedBlob.StageAsync(content, _options.MultipartThreshold, spool, cancellationToken)
            .ConfigureAwait(false);
        var key = _keys.KeyFor(blob.Sha256);
        var stored = await HeadAsync(key, cancellationToken).ConfigureAwait(false);
        // An object of another size (or, where its ETag shows, other bytes) under this key is damaged or cut off:
        // storing again repairs it.
        if (blob.InMemory is { } bytes)
        {
            var md5 = MD5.HashData(bytes);
            if (stored?.ContentLength != blob.Length || S3WriteCheck.IsOtherMd5(stored.ETag, md5))
                await PutSingleAsync(key, bytes, md5, cancellationToken).ConfigureAwait(false);
        }
        else if (stored?.ContentLength != blob.Length)
        {
            await _multipart.UploadAsync(blob, key, cancellationToken).ConfigureAwait(false);
            var assembled = await HeadAsync(key, cancellationToken).ConfigureAwait(false);
            if (assembled?.ContentLength != blob.Length)
            {
                await _client.DeleteObjectAsync(_options.Bucket, key, CancellationToken.None).ConfigureAwait(false);
                throw new IOException($"The S3 server assembled {key} from its parts as {assembled?.ContentLength} bytes, not {blob.Length}.");
            }
        }
        return new BlobRef(blob.Sha256, blob.Length);
    }

    public async Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var key = _keys.KeyFor(sha256);
        try
        {
            var response = await _client.GetObjectAsync(_options.Bucket, key, cancellationToken).ConfigureAwait(false);
            // Disposing the response stream releases the HTTP connection; the response holds nothing else.
            return new VerifyingReadStream(response.ResponseStream, sha256);
        }
        catch (AmazonS3Exception e) when (IsNotFound(e))
        {
            throw new BlobNotFoundException(sha256);
        }
    }

    public async Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken) =>
        await HeadAsync(_keys.KeyFor(sha256), cancellationToken).ConfigureAwait(false) is not null;

    public async Task DeleteAsync(string sha256, CancellationToken cancellationToken) =>
        await _client.DeleteObjectAsync(_options.Bucket, _keys.KeyFor(sha256), cancellationToken).ConfigureAwait(false);

    public async IAsyncEnumerable<BlobRef> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new ListObjectsV2Request { BucketName = _options.Bucket, Prefix = _keys.ListPrefix };
        do
        {
            var page = await _client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page.S3Objects ?? [])
            {
                if (_keys.Sha256Of(entry.Key) is { } sha) yield return new BlobRef(sha, entry.Size ?? 0);
            }
            request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
        } while (request.ContinuationToken is not null);
    }

    private async Task PutSingleAsync(string key, ArraySegment<byte> bytes, byte[] md5, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
        var response = await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = _options.Bucket, Key = key, InputStream = body, AutoCloseStream = false,
            ContentType = "application/octet-stream", MD5Digest = Convert.ToBase64String(md5), UseChunkEncoding = false,
        }, cancellationToken).ConfigureAwait(false);
        if (S3WriteCheck.IsOtherMd5(response.ETag, md5))
        {
            await _client.DeleteObjectAsync(_options.Bucket, key, CancellationToken.None).ConfigureAwait(false);
            throw S3WriteCheck.Mismatch(key, response.ETag, md5);
        }
    }

    private async Task<GetObjectMetadataResponse?> HeadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetObjectMetadataAsync(_options.Bucket, key, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (IsNotFound(e))
        {
            return null;
        }
    }

    private static bool IsNotFound(AmazonS3Exception e) =>
        e.StatusCode == HttpStatusCode.NotFound || e.ErrorCode is "NoSuchKey" or "NotFound";

    public void Dispose()
    {
        if (_ownsClient) _client.Dispose();
    }
}
