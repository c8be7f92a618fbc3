using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Corpus.IntegrationTests.Storage;

/// <summary>A real S3 client that counts the uploads it sends, so tests can see which path a put took.</summary>
internal sealed class S3RecordingClient(AWSCredentials credentials, AmazonS3Config config)
    : AmazonS3Client(credentials, config)
{
    private int _singleUploads;
    private int _partUploads;

    public int SingleUploads => _singleUploads;
    public int PartUploads => _partUploads;

    /// <summary>When set, uploading this part number fails as a server error would.</summary>
    public int? FailingPartNumber { get; set; }

    public override Task<PutObjectResponse> PutObjectAsync(PutObjectRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _singleUploads);
        return base.PutObjectAsync(request, cancellationToken);
    }

    public override Task<UploadPartResponse> UploadPartAsync(UploadPartRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _partUploads);
        if (request.PartNumber == FailingPartNumber)
            return Task.FromException<UploadPartResponse>(new AmazonS3Exception("We encountered an internal error. Please try again."));
        return base.UploadPartAsync(request, cancellationToken);
    }
}
