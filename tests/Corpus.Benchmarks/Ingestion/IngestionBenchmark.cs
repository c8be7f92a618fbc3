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

namespace Corpus.Benchmarks.Ingestion;

/// <summary>
/// Single-item POSTs and NDJSON bulk import over real Kestrel into one SQLite file, against the floor:
/// a raw Dapper batched insert into the same file.
/// </summary>
internal sealed class IngestionBenchmark : IBenchmark
{
    public string Name => "ingest";
    public string Description => "single POST and bulk NDJSON throughput vs raw Dapper batched insert (SQLite)";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var singles = args.Length > 0 ? int.Parse(args[0]) : 5_000;
        var bulkLines = args.Length > 1 ? int.Parse(args[1]) : 200_000;
        const int concurrency = 8;
        var data = BenchmarkPaths.NewTempDirectory("corpus-bench-ingest");
        var app = CorpusApp.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Corpus:DataDirectory"] = data,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await Bootstrap.InitializeAsync(app.Services, TextWriter.Null, CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var token = await app.Services.GetRequiredService<TokenStore>().CreateAsync(Roles.Importer, "bench", CancellationToken.None);
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        for (var i = 0; i < 200; i++) await client.PostAsJsonAsync("/api/v1/items/text", new { text = $"warm up {i}" });

        var watch = Stopwatch.StartNew();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= singles)
            {
                var response = await client.PostAsJsonAsync("/api/v1/items/text", new { text = $"wach nta bikhir a sahbi {next} 3afak" });
                response.EnsureSuccessStatusCode();
            }
        }));
        var singleRate = singles / watch.Elapsed.TotalSeconds;
        output.WriteLine($"single POST /items/text ({concurrency} concurrent clients): {singles} items in {watch.Elapsed.TotalSeconds:F2} s = {singleRate:F0} items/s");

        var ndjson = new StringBuilder();
        for (var i = 0; i < bulkLines; i++) ndjson.Append("{\"text\":\"jomla raqm ").Append(i).Append(" men l'import, kolchi mzyan\"}\n");
        var body = Encoding.UTF8.GetBytes(ndjson.ToString());
        watch.Restart();
        using (var content = new ByteArrayContent(body))
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
            (await client.PostAsync("/api/v1/items/bulk", content)).EnsureSuccessStatusCode();
        }
        var bulkRate = bulkLines / watch.Elapsed.TotalSeconds;
        output.WriteLine($"bulk NDJSON import: {bulkLines} lines ({body.Length / 1e6:F1} MB) in {watch.Elapsed.TotalSeconds:F2} s = {bulkRate:F0} items/s");

        var transactions = app.Services.GetRequiredService<Transactions>();
        var items = app.Services.GetRequiredService<ItemStore>();
        var ids = new IdGenerator(TimeProvider.System);
        var now = DbTime.Format(DateTimeOffset.UtcNow);
        var rows = Enumerable.Range(0, bulkLines).Select(i => new ItemRecord
        {
            Id = ids.NewUlid(), Kind = ItemKinds.Text, State = ItemStates.Received, RawText = $"jomla raqm {i} men dapper",
            ContentHash = i.ToString("x64"), CreatedAt = now, UpdatedAt = now,
        }).ToList();
        watch.Restart();
        foreach (var chunk in rows.Chunk(500))
        {
            await transactions.RunAsync((c, t) => items.InsertManyAsync(c, t, chunk, CancellationToken.None), CancellationToken.None);
        }
        var rawRate = bulkLines / watch.Elapsed.TotalSeconds;
        output.WriteLine($"raw Dapper batched insert (500 rows per transaction): {bulkLines} rows in {watch.Elapsed.TotalSeconds:F2} s = {rawRate:F0} rows/s");
        output.WriteLine($"bulk import / raw insert = {bulkRate / rawRate:P0}; single POST / raw insert = {singleRate / rawRate:P1}");

        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(data, recursive: true);
    }
}
