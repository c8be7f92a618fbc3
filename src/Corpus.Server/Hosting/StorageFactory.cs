using Corpus.Core.Storage;
using Corpus.Data.Blobs;
using Corpus.Data.Blobs.S3;
using Corpus.Data.Postgres;
using Corpus.Data.Storage;

namespace Corpus.Server.Hosting;

/// <summary>Chooses the database and blob store from configuration: SQLite and a folder by default, PostgreSQL and S3 when named.</summary>
public static class StorageFactory
{
    public static IDbConnectionFactory Database(CorpusOptions options) =>
        PostgresConnectionFactory.IsConnectionString(options.DatabasePath)
            ? new PostgresConnectionFactory(options.DatabasePath)
            : new SqliteConnectionFactory(options.DatabasePath);

    public static IBlobStore Blobs(CorpusOptions options)
    {
        if (!S3BlobLocation.IsS3(options.BlobDirectory)) return new LocalBlobStore(options.BlobDirectory);
        var location = S3BlobLocation.Parse(options.BlobDirectory);
        var s3 = options.S3;
        return new S3BlobStore(new S3BlobStoreOptions
        {
            Bucket = location.Bucket,
            KeyPrefix = location.KeyPrefix,
            ServiceUrl = s3.Endpoint is null ? null : new Uri(s3.Endpoint),
            ForcePathStyle = s3.PathStyle ?? s3.Endpoint is not null,
            Region = s3.Region,
            AccessKey = s3.AccessKey,
            SecretKey = s3.SecretKey,
            MultipartThreshold = s3.MultipartThreshold,
            SpoolDirectory = Path.Combine(options.DataDirectory, "spool"),
        });
    }
}
