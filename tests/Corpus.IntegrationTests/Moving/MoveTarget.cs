using Corpus.IntegrationTests.Postgres;
using Corpus.Testing;
using Npgsql;

namespace Corpus.IntegrationTests.Moving;

/// <summary>An empty PostgreSQL database and a key prefix of its own in the test bucket, for one move.</summary>
internal sealed class MoveTarget : IAsyncDisposable
{
    private readonly PostgresTestDatabase _database;

    private MoveTarget(PostgresTestDatabase database, TestServices.S3Endpoint s3)
    {
        _database = database;
        S3 = s3;
        BlobLocation = $"s3://{s3.Bucket}/move-{Guid.NewGuid():N}/blobs";
    }

    public string ConnectionString => _database.ConnectionString;

    public TestServices.S3Endpoint S3 { get; }

    public string BlobLocation { get; }

    public static async Task<MoveTarget> CreateAsync()
    {
        Requires.Postgres();
        var s3 = TestServices.S3();
        return new MoveTarget(await PostgresTestDatabase.CreateAsync(), s3);
    }

    /// <summary>Server settings for running on the moved install: this database, and the bucket or the old folder.</summary>
    public Dictionary<string, string?> ServerSettings(EmbeddedInstall source, bool inBucket) => new()
    {
        ["Corpus:Database"] = ConnectionString,
        ["Corpus:Blobs"] = inBucket ? BlobLocation : Path.Combine(source.Directory, "blobs"),
        ["Corpus:S3:Endpoint"] = S3.ServiceUrl.ToString(),
        ["Corpus:S3:AccessKey"] = S3.AccessKey,
        ["Corpus:S3:SecretKey"] = S3.SecretKey,
        ["Corpus:Processing:Enabled"] = "false",
    };

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<string> FirstAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
