namespace Corpus.Data.Blobs.S3;

/// <summary>Where and how blobs are kept in an S3-compatible bucket.</summary>
public sealed class S3BlobStoreOptions
{
    /// <summary>S3's own lower limit for every part of a multipart upload but the last.</summary>
    public const long MinimumPartSize = 5L * 1024 * 1024;

    /// <summary>S3's upper limit on the number of parts in one multipart upload.</summary>
    public const int MaximumPartCount = 10_000;

    public const long MaximumMultipartThreshold = 1L * 1024 * 1024 * 1024;

    public required string Bucket { get; init; }

    /// <summary>Key prefix inside the bucket (no leading or trailing slash); empty for the bucket root.</summary>
    public string KeyPrefix { get; init; } = "";

    /// <summary>Endpoint of an S3-compatible server (MinIO, Ceph, s3rver); null for AWS itself.</summary>
    public Uri? ServiceUrl { get; init; }

    /// <summary>Address buckets as <c>endpoint/bucket/key</c> instead of <c>bucket.endpoint/key</c>.</summary>
    public bool ForcePathStyle { get; init; }

    /// <summary>Signing region; null takes AWS_REGION or the profile, else us-east-1.</summary>
    public string? Region { get; init; }

    /// <summary>Access key; with <see cref="SecretKey"/> overrides the AWS environment variables and profile.</summary>
    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    /// <summary>Blobs of this many bytes or more are sent as a multipart upload; smaller ones in one request.</summary>
    public long MultipartThreshold { get; init; } = 16L * 1024 * 1024;

    /// <summary>Bytes per part; grown automatically when a blob would need more than 10,000 parts.</summary>
    public long PartSize { get; init; } = 16L * 1024 * 1024;

    /// <summary>Parts in flight at once during a multipart upload.</summary>
    public int UploadConcurrency { get; init; } = 4;

    /// <summary>Folder for spooling large uploads that arrive as non-seekable streams; null for the system temp folder.</summary>
    public string? SpoolDirectory { get; init; }

    /// <summary>Throws when the options cannot work, so bad configuration fails at start-up.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Bucket)) throw new ArgumentException("An S3 bucket name is required.");
        if (KeyPrefix.StartsWith('/') || KeyPrefix.EndsWith('/'))
            throw new ArgumentException($"The S3 key prefix '{KeyPrefix}' must not start or end with '/'.");
        if (PartSize < MinimumPartSize)
            throw new ArgumentException($"The S3 part size must be at least {MinimumPartSize} bytes (5 MiB).");
        if (PartSize > MaximumMultipartThreshold)
            throw new ArgumentException("The S3 part size must be at most 1 GiB: parts are held in memory while they upload.");
        if (MultipartThreshold < 1) throw new ArgumentException("The multipart threshold must be positive.");
        if (MultipartThreshold > MaximumMultipartThreshold)
            throw new ArgumentException("The multipart threshold must be at most 1 GiB: smaller blobs are held in memory while they upload.");
        if (UploadConcurrency < 1) throw new ArgumentException("The upload concurrency must be at least 1.");
        if ((AccessKey is null) != (SecretKey is null))
            throw new ArgumentException("Give both the S3 access key and secret key, or neither.");
    }
}
