using Amazon.Runtime;
using Amazon.S3;
using Corpus.Data.Blobs;
using Corpus.Data.Blobs.S3;
using Corpus.Testing;

namespace Corpus.IntegrationTests.Storage;

/// <summary>A store on the test S3 server under a key prefix of its own, so tests never see each other's blobs.</summary>
internal sealed class S3TestBucket : IDisposable
{
    private S3TestBucket(S3RecordingClient client, S3BlobStoreOptions options)
    {
        Client = client;
        Options = options;
        Store = new S3BlobStore(client, options);
    }

    public S3RecordingClient Client { get; }
    public S3BlobStoreOptions Options { get; }
    public S3BlobStore Store { get; }

    public static async Task<S3TestBucket> CreateAsync(long multipartThreshold = 16L * 1024 * 1024, long partSize = 16L * 1024 * 1024)
    {
        var endpoint = TestServices.S3();
        var options = new S3BlobStoreOptions
        {
            Bucket = endpoint.Bucket,
            KeyPrefix = $"test-{Guid.NewGuid():N}/blobs",
            ServiceUrl = endpoint.ServiceUrl,
            ForcePathStyle = true,
            AccessKey = endpoint.AccessKey,
            SecretKey = endpoint.SecretKey,
            MultipartThreshold = multipartThreshold,
            PartSize = partSize,
        };
        var client = new S3RecordingClient(
            new BasicAWSCredentials(endpoint.AccessKey, endpoint.SecretKey), S3ClientFactory.ConfigFor(options));
        var bucket = new S3TestBucket(client, options);
        await bucket.Store.EnsureBucketExistsAsync(CancellationToken.None);
        return bucket;
    }

    public string KeyOf(string sha256) => $"{Options.KeyPrefix}/{sha256[..2]}/{sha256[2..4]}/{sha256}";

    /// <summary>Writes an object directly, as damage or another program would.</summary>
    public async Task OverwriteAsync(string key, byte[] bytes)
    {
        using var body = new MemoryStream(bytes);
        await Client.PutObjectAsync(new Amazon.S3.Model.PutObjectRequest
        {
            BucketName = Options.Bucket, Key = key, InputStream = body, UseChunkEncoding = false,
        });
    }

    public void Dispose()
    {
        Store.Dispose();
        Client.Dispose();
    }
}
