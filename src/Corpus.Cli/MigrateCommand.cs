using System.CommandLine;
using System.Diagnostics;
using Corpus.Core.Storage;
using Corpus.Data.Blobs;
using Corpus.Data.Moving;
using Corpus.Data.Postgres;
using Corpus.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace Corpus.Cli;

/// <summary>
/// <c>corpus migrate</c>: moves an embedded install (SQLite + blob folder) into PostgreSQL and optionally an S3 bucket.
/// Exit 0 when verified, 1 when the verification found differences, 2 when refused, 3 when stopped by --stop-after-rows.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var toDb = new Option<string>("--to-db") { Description = "PostgreSQL connection string of the target (\"Host=...;Database=...;Username=...;Password=...\"); created and migrated if missing.", Required = true };
        var toBlobs = new Option<string?>("--to-blobs") { Description = "Copy blobs to s3://bucket/prefix (or another folder); without it they stay in DIR/blobs." };
        var s3Endpoint = new Option<string?>("--s3-endpoint") { Description = "Endpoint of an S3-compatible server, e.g. http://127.0.0.1:9000 (keys from Corpus__S3__AccessKey/SecretKey or the AWS variables)." };
        var batchRows = new Option<int>("--batch-rows") { Description = "Rows per transaction.", DefaultValueFactory = _ => 5_000 };
        // Test-only: stops after committing this many rows, to prove that a run cut short is finished by the next.
        var stopAfterRows = new Option<long?>("--stop-after-rows") { Hidden = true };
        var command = new Command("migrate", "Copy an embedded install into PostgreSQL (and a bucket), resumably, and verify every row count and blob checksum.")
        {
            data, toDb, toBlobs, s3Endpoint, batchRows, stopAfterRows,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataDirectory = Path.GetFullPath(parse.GetValue(data)!);
            var connectionString = parse.GetValue(toDb)!;
            if (!PostgresConnectionFactory.IsConnectionString(connectionString))
            {
                Console.Error.WriteLine("--to-db must be a PostgreSQL connection string such as \"Host=db;Database=corpus;Username=corpus;Password=...\".");
                return 2;
            }
            if (!File.Exists(Path.Combine(dataDirectory, "corpus.db")))
            {
                Console.Error.WriteLine($"Refused: {dataDirectory} holds no embedded install (no corpus.db).");
                return 2;
            }
            var sourceBlobs = new LocalBlobStore(Path.Combine(dataDirectory, "blobs"));
            var blobTarget = parse.GetValue(toBlobs);
            var targetBlobs = blobTarget is null ? sourceBlobs : await TargetBlobsAsync(dataDirectory, blobTarget, parse.GetValue(s3Endpoint), cancellationToken);
            using var disposeTarget = targetBlobs as IDisposable;
            var options = new MoveOptions
            {
                SourceDatabasePath = Path.Combine(dataDirectory, "corpus.db"),
                SourceBlobs = sourceBlobs,
                TargetConnectionString = connectionString,
                TargetBlobs = targetBlobs,
                TargetBlobsName = blobTarget ?? Path.Combine(dataDirectory, "blobs"),
                BatchRows = parse.GetValue(batchRows),
                StopAfterRows = parse.GetValue(stopAfterRows),
                Progress = Console.IsErrorRedirected ? null : new ProgressLine(),
            };
            var clock = Stopwatch.StartNew();
            try
            {
                var outcome = await new InstallMover(options, Console.Out).RunAsync(cancellationToken);
                Console.WriteLine($"Finished in {clock.Elapsed.TotalSeconds:F1} s.");
                return outcome switch { MoveOutcome.Verified => 0, MoveOutcome.Stopped => 3, _ => 1 };
            }
            catch (MoveRefusedException e)
            {
                Console.Error.WriteLine($"Refused: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>The target blob store, configured like the server's (Corpus:S3:* from the environment, --s3-endpoint on top).</summary>
    private static async Task<IBlobStore> TargetBlobsAsync(string dataDirectory, string location, string? endpoint, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var s3 = configuration.GetSection($"{CorpusOptions.Section}:S3").Get<S3Settings>() ?? new S3Settings();
        if (endpoint is not null) s3.Endpoint = endpoint;
        var blobs = StorageFactory.Blobs(new CorpusOptions { DataDirectory = dataDirectory, Blobs = location, S3 = s3 });
        if (blobs is S3BlobStore bucket) await bucket.EnsureBucketExistsAsync(cancellationToken);
        return blobs;
    }

    /// <summary>The rows copied so far in the current table, on stderr, rewritten in place.</summary>
    private sealed class ProgressLine : IProgress<MoveProgress>
    {
        private const string ClearLine = "\r\u001b[K";

        public void Report(MoveProgress value) =>
            Console.Error.Write(value.Done ? ClearLine : $"{ClearLine}{value.Step}: {value.Rows:N0} rows...");
    }
}
