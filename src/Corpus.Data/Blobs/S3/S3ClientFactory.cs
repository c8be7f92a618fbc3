using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Corpus.Data.Blobs.S3;

/// <summary>Builds the S3 client for a blob store from its options.</summary>
public static class S3ClientFactory
{
    private const string FallbackRegion = "us-east-1";

    public static IAmazonS3 Create(S3BlobStoreOptions options)
    {
        var config = ConfigFor(options);
        // Without explicit keys the SDK's own chain applies: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,
        // AWS_PROFILE and ~/.aws, then instance roles.
        return options.AccessKey is not null && options.SecretKey is not null
            ? new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config)
            : new AmazonS3Client(config);
    }

    internal static AmazonS3Config ConfigFor(S3BlobStoreOptions options)
    {
        options.Validate();
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // The SDK's default CRC32 trailers use aws-chunked bodies that many S3-compatible servers store
            // verbatim; the store verifies writes with Content-MD5 and its own SHA-256 instead.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        var region = options.Region ?? Environment.GetEnvironmentVariable("AWS_REGION")
            ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION");
        if (options.ServiceUrl is not null)
        {
            config.ServiceURL = options.ServiceUrl.ToString();
            config.AuthenticationRegion = region ?? FallbackRegion;
        }
        else if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        return config;
    }
}
