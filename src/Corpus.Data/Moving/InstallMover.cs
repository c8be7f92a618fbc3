using System.Data.Common;
using System.Diagnostics;
using Corpus.Data.Postgres;
using Corpus.Data.Storage;
using Npgsql;

namespace Corpus.Data.Moving;

/// <summary>
/// Moves an embedded install into PostgreSQL (and optionally another blob store), resumably: blobs first, so a
/// row in the target never points at a missing blob; then every table in foreign-key order; then the verification.
/// The source must not change while it runs (stop the server first).
/// </summary>
public sealed class InstallMover(MoveOptions options, TextWriter output)
{
    internal const long MoveLockKey = 0x436F727075734D76; // "CorpusMv"

    /// <summary>Runs the move; throws <see cref="MoveRefusedException"/> when the target holds rows from elsewhere.</summary>
    public async Task<MoveOutcome> RunAsync(CancellationToken cancellationToken)
    {
        options.Validate();
        if (!File.Exists(options.SourceDatabasePath))
            throw new MoveRefusedException($"There is no embedded install to move: {options.SourceDatabasePath} does not exist.");
        var sourceFactory = new SqliteConnectionFactory(options.SourceDatabasePath);
        await new MigrationRunner(sourceFactory, TimeProvider.System).MigrateAsync(cancellationToken);
        await using var source = await sourceFactory.OpenAsync(cancellationToken);
        await SourceSchemaCheck.RunAsync(source, cancellationToken);

        if (await PostgresDatabaseCreator.EnsureExistsAsync(options.TargetConnectionString, cancellationToken))
            output.WriteLine("Created the target database.");
        await using var targetFactory = new PostgresConnectionFactory(options.TargetConnectionString);
        await new MigrationRunner(targetFactory, TimeProvider.System).MigrateAsync(cancellationToken);
        await using var target = (NpgsqlConnection)await targetFactory.OpenAsync(cancellationToken);
        await TakeMoveLockAsync(target, cancellationToken);

        // Every step is checked before anything is written, so a foreign target is refused untouched.
        var resumeAfter = new Dictionary<MovedTable, string[]?>();
        foreach (var step in MovedTables.Steps)
            resumeAfter[step] = await TargetRowsCheck.RunAsync(source, target, step, cancellationToken);

        var blobsCopied = await CopyBlobsAsync(cancellationToken);
        if (!await CopyRowsAsync(source, target, resumeAfter, cancellationToken)) return MoveOutcome.Stopped;

        var verification = await new MoveVerifier(options.TargetBlobs, options.BlobConcurrency).VerifyAsync(source, target, cancellationToken);
        MoveReport.Write(output, verification, options.TargetBlobsName);
        return verification.Passed && blobsCopied ? MoveOutcome.Verified : MoveOutcome.Differs;
    }

    /// <summary>
    /// Two runs into one database would copy the same keys at once; the second is refused instead. The lock is the
    /// session's, so it goes with the connection however the run ends.
    /// </summary>
    private static async Task TakeMoveLockAsync(NpgsqlConnection target, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", target);
        command.Parameters.AddWithValue(MoveLockKey);
        if (await command.ExecuteScalarAsync(cancellationToken) is not true)
            throw new MoveRefusedException("Another corpus migrate is already writing to this database.");
    }

    private async Task<bool> CopyBlobsAsync(CancellationToken cancellationToken)
    {
        if (options.BlobsStayInPlace)
        {
            output.WriteLine($"Blobs stay in {options.TargetBlobsName}: start the server on the new database with the same data "
                + "directory (--data), or --blobs pointing at that folder, so it keeps using them.");
            return true;
        }
        var clock = Stopwatch.StartNew();
        var result = await new BlobCopier(options.SourceBlobs, options.TargetBlobs, options.BlobConcurrency).CopyAsync(cancellationToken);
        output.WriteLine($"blobs: {MoveReport.N(result.Copied)} copied ({MoveReport.N(result.CopiedBytes)} bytes), "
            + $"{MoveReport.N(result.AlreadyPresent)} already in {options.TargetBlobsName}, {result.Failures.Count} failed "
            + $"({clock.Elapsed.TotalSeconds:F1} s)");
        foreach (var failure in result.Failures) output.WriteLine($"  blob {failure}");
        return result.Failures.Count == 0;
    }

    /// <summary>Returns false when the run stopped on purpose before the last step.</summary>
    private async Task<bool> CopyRowsAsync(DbConnection source, NpgsqlConnection target,
        Dictionary<MovedTable, string[]?> resumeAfter, CancellationToken cancellationToken)
    {
        var copier = new TableCopier(options.BatchRows, options.Progress);
        var budget = new RowBudget(options.StopAfterRows);
        foreach (var step in MovedTables.Steps)
        {
            var clock = Stopwatch.StartNew();
            var after = resumeAfter[step];
            var copied = await copier.CopyAsync(source, target, step, after, budget, cancellationToken);
            options.Progress?.Report(new MoveProgress(step.Step, copied, Done: true));
            output.WriteLine($"{step.Step}: {MoveReport.N(copied)} rows copied"
                + (after is null ? "" : $" after {RowValues.Describe(after)}, which an earlier run reached") + $" ({clock.Elapsed.TotalSeconds:F1} s)");
            if (budget.Exhausted)
            {
                output.WriteLine($"Stopped after {MoveReport.N(options.StopAfterRows!.Value)} rows as asked; run again to finish.");
                return false;
            }
        }
        return true;
    }
}
