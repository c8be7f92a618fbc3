namespace Corpus.Server.Hosting;

/// <summary>
/// How to reach the S3-compatible server (configuration section "Corpus:S3"). Keys left empty are taken
/// from the usual AWS variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION) or profile.
/// </summary>
public sealed class S3Settings
{
    /// <summary>Endpoint URL of a non-AWS server such as MinIO or Ceph (<c>http://127.0.0.1:9000</c>).</summary>
    public string? Endpoint { get; set; }

    public string? Region { get; set; }

    /// <summary>Path-style addressing (<c>endpoint/bucket/key</c>); on by default when an endpoint is given.</summary>
    public bool? PathStyle { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Blobs of this many bytes or more go up as multipart uploads.</summary>
    public long MultipartThreshold { get; set; } = 16L * 1024 * 1024;
}
