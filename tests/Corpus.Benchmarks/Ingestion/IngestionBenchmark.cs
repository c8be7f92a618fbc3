using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Corpus.Core.Ingestion;
using Corpus.Data.Auth;
using Corpus.Data.Ingestion;
using Corpus.Data.Storage;
using Corpus.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Corpus.Benchmarks.Ingestion;

/// <summary>
/// Single-item POSTs and NDJSON bulk import over real Kestrel, against the floor of a raw Dapper batched
/// insert into the same database: one instance on SQLite, and with CORPUS_TEST_POSTGRES set, one and two
/// instances on PostgreSQL (the two share the database and take alternate requests).
/// </summary>
internal sealed class IngestionBenchmark : IBenchmark
{
    private const int Concurrency = 8;

    public string Name => "ingest";
    public string Description => "single POST and bulk NDJSON throughput vs raw Dapper insert; SQLite, and PostgreSQL x1/x2 when CORPUS_TEST_POSTGRES is set";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var singles = args.Length > 0 ? int.Parse(args[0]) : 5_000;
        var bulkLines = args.Length > 1 ? int.Parse(args[1]) : 200_000;
        await RunConfigurationAsync("SQLite, 1 instance", null, 1, singles, bulkLines, output);
        var postgres = Environment.GetEnvironmentVariable("CORPUS_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(postgres))
        {
            output.WriteLine("(set CORPUS_TEST_POSTGRES to a server where the role may create databases to measure PostgreSQL)");
            return;
        }
        await RunConfigurationAsync("PostgreSQL, 1 instance", postgres, 1, singles, bulkLines, output);
        await RunConfigurationAsync("PostgreSQL, 2 instances", postgres, 2, singles, bulkLines, output);
    }

    private static async Task RunConfigurationAsync(string name, string? postgres, int instances, int singles, int bulkLines, TextWriter output)
    {
        var root = BenchmarkPaths.NewTempDirectory("corpus-bench-ingest");
        var database = postgres is null ? null : new NpgsqlConnectionStringBuilder(postgres) { Database = $"corpus_bench_{Guid.NewGuid():N}" }.ConnectionString;
        var apps = new List<WebApplication>();
        for (var i = 0; i < instances; i++) apps.Add(await StartAsync(Path.Combine(root, $"instance{i}"), database));
        var token = await apps[0].Services.GetRequiredService<TokenStore>().CreateAsync(Roles.Importer, "bench", CancellationToken.None);
        var clients = apps.Select(app => Client(app, token)).ToList();
        HttpClient Next(int n) => clients[n % clients.Count];

        for (var i = 0; i < 200; i++) await Next(i).PostAsJsonAsync("/api/v1/items/text", new { text = $"warm up {i}" });

        var watch = Stopwatch.StartNew();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, Concurrency * instances).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) <= singles)
            {
                (await Next(n).PostAsJsonAsync("/api/v1/items/text", new { text = $"wach nta bikhir a sahbi {n} 3afak" })).EnsureSuccessStatusCode();
            }
        }));
        var singleRate = singles / watch.Elapsed.TotalSeconds;

        var perInstance = bulkLines / instances;
        watch.Restart();
        await Task.WhenAll(clients.Select(async (client, i) =>
        {
            var ndjson = new StringBuilder();
            for (var line = 0; line < perInstance; line++) ndjson.Append("{\"text\":\"jomla raqm ").Append(i).Append('-').Append(line).Append(" men l'import, kolchi mzyan\"}\n");
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ndjson.ToString()));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            (await client.PostAsync("/api/v1/items/bulk", content)).EnsureSuccessStatusCode();
        }));
        var bulkRate = perInstance * instances / watch.Elapsed.TotalSeconds;

        var rawRate = await RawInsertRateAsync(apps[0], bulkLines);
        output.WriteLine($"{name}: single POST {singleRate:F0} items/s ({Concurrency * instances} clients), bulk NDJSON {bulkRate:F0} items/s, "
            + $"raw Dapper batched insert {rawRate:F0} rows/s; bulk/raw = {bulkRate / rawRate:P0}, single/raw = {singleRate / rawRate:P1}");

        foreach (var client in clients) client.Dispose();
        foreach (var app in apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        if (database is not null) await DropAsync(postgres!, database);
        Directory.Delete(root, recursive: true);
    }

    private static async Task<WebApplication> StartAsync(string dataDirectory, string? database)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Corpus:DataDirectory"] = dataDirectory,
            ["Corpus:Processing:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (database is not null) settings["Corpus:Database"] = database;
        var app = CorpusApp.Build([], settings);
        await Bootstrap.InitializeAsync(app.Services, TextWriter.Null, CancellationToken.None);
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app, string token)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<double> RawInsertRateAsync(WebApplication app, int rows)
    {
        var transactions = app.Services.GetRequiredService<Transactions>();
        var items = app.Services.GetRequiredService<ItemStore>();
        var ids = new IdGenerator(TimeProvider.System);
        var now = DbTime.Format(DateTimeOffset.UtcNow);
        var records = Enumerable.Range(0, rows).Select(i => new ItemRecord
        {
            Id = ids.NewUlid(), Kind = ItemKinds.Text, State = ItemStates.Received, RawText = $"jomla raqm {i} men dapper",
            ContentHash = i.ToString("x64"), CreatedAt = now, UpdatedAt = now,
        }).ToList();
        var watch = Stopwatch.StartNew();
        foreach (var chunk in records.Chunk(500))
        {
            await transactions.RunAsync((c, t) => items.InsertManyAsync(c, t, chunk, CancellationToken.None), CancellationToken.None);
        }
        return rows / watch.Elapsed.TotalSeconds;
    }

    private static async Task DropAsync(string admin, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(database).Database;
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
