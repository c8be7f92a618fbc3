using System.Diagnostics;
using System.Globalization;
using Corpus.Core.Ingestion;
using Corpus.Data.Ingestion;
using Corpus.Data.Postgres;
using Corpus.Data.Review;
using Corpus.Data.Storage;
using Dapper;

namespace Corpus.Benchmarks.Review;

/// <summary>
/// How long an annotator waits for a batch when the review queue is long: N flagged items (default 200,000),
/// a thousand of them already started by other annotators; timed claims of 10 by fresh annotators, on SQLite
/// and (with CORPUS_TEST_POSTGRES set) PostgreSQL. Arguments: [flagged items].
/// </summary>
internal sealed class ReviewClaimBenchmark : IBenchmark
{
    private const int Started = 1_000;
    private const int Claims = 50;
    private static readonly CancellationToken None = CancellationToken.None;

    public string Name => "review-claim";

    public string Description => "Review queue claim latency with a long queue (ms per claim of 10); [flagged items]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var flagged = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var directory = Path.Combine(Path.GetTempPath(), "corpus-review-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            await MeasureAsync("SQLite", new SqliteConnectionFactory(Path.Combine(directory, "corpus.db")), flagged, output);
            if (Environment.GetEnvironmentVariable("CORPUS_TEST_POSTGRES") is { Length: > 0 } admin)
            {
                var name = "corpus_bench_" + Guid.NewGuid().ToString("N");
                var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
                await PostgresDatabaseCreator.EnsureExistsAsync(connectionString, None);
                await MeasureAsync("PostgreSQL", new PostgresConnectionFactory(connectionString), flagged, output);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task MeasureAsync(string label, IDbConnectionFactory connections, int flagged, TextWriter output)
    {
        await new MigrationRunner(connections, TimeProvider.System).MigrateAsync(None);
        var transactions = new Transactions(connections);
        var now = DateTimeOffset.UtcNow;
        var created = DbTime.Format(now.AddDays(-1));
        var items = new ItemStore(transactions);
        for (var start = 0; start < flagged; start += 10_000)
        {
            var batch = Enumerable.Range(start, Math.Min(10_000, flagged - start)).Select(i => new ItemRecord
            {
                Id = $"I{i:D9}", Kind = ItemKinds.Text, State = ItemStates.Flagged, RawText = "Le conseil se réunira lundi", ContentHash = i.ToString(CultureInfo.InvariantCulture),
                CreatedAt = created, UpdatedAt = created,
            }).ToList();
            await transactions.RunAsync((c, t) => items.InsertManyAsync(c, t, batch, None), None);
        }
        var store = new ReviewStore(transactions, new IdGenerator(TimeProvider.System));
        // Other annotators have started on a thousand items spread through the queue.
        for (var i = 0; i < Started; i++)
        {
            var id = $"I{i * (flagged / Started):D9}";
            await transactions.RunAsync((c, t) => c.ExecuteAsync(new CommandDefinition("""
                INSERT INTO review_decisions (id, item_id, annotator, decision, claimed_at, decided_at, duration_ms)
                VALUES (@Id, @ItemId, 'earlier', 'approve', @At, @At, 1000)
                """, new { Id = "D" + id, ItemId = id, At = created }, t, cancellationToken: None)), None);
        }

        // As autovacuum would by now on a live database: the planner needs table statistics.
        await transactions.RunAsync((c, t) => c.ExecuteAsync(new CommandDefinition("ANALYZE", transaction: t, commandType: System.Data.CommandType.Text, cancellationToken: None)), None);
        await store.ClaimAsync("warm-up", 10, 2, TimeSpan.FromMinutes(20), now, None);
        var timings = new List<double>();
        for (var i = 0; i < Claims; i++)
        {
            var watch = Stopwatch.StartNew();
            var claimed = await store.ClaimAsync($"annotator-{i}", 10, 2, TimeSpan.FromMinutes(20), now, None);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            if (claimed.Count != 10) throw new InvalidOperationException($"claim {i} got {claimed.Count} items");
        }
        timings.Sort();
        output.WriteLine($"{label,-10} {flagged:N0} flagged ({Started:N0} started): claim of 10 median {timings[Claims / 2]:F1} ms, p95 {timings[Claims * 95 / 100]:F1} ms");
    }
}
