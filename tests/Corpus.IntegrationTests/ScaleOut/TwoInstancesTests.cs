using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Ingestion;
using Corpus.Testing;
using Dapper;

namespace Corpus.IntegrationTests.ScaleOut;

/// <summary>Two server instances behind one PostgreSQL database and one S3 bucket, as behind a load balancer.</summary>
[TestFixture]
public sealed class TwoInstancesTests
{
    private const int BulkItems = 19_600;
    private const int SingleTexts = 300;
    private const int Recordings = 100;
    private const int CopiedPairs = 50;
    private const int Total = BulkItems + SingleTexts + Recordings + 2 * CopiedPairs;

    [Test]
    public async Task TwoInstances_IngestAndProcess20000Items_EachStoredOnceAndProcessedOnce()
    {
        if (!TestDatabase.UsePostgres) Assert.Ignore("Runs in the PostgreSQL pass of the suite (CORPUS_TEST_DB=postgres), as .ci/run does.");
        var s3 = TestServices.S3();
        var root = TestPaths.NewTempDirectory("corpus-two");
        await using var database = TestDatabase.Postgres(root);
        var shared = new Dictionary<string, string>
        {
            ["Corpus__Blobs"] = $"s3://{s3.Bucket}/two-instances-{Guid.NewGuid():N}",
            ["Corpus__S3__Endpoint"] = s3.ServiceUrl.ToString(),
            ["Corpus__S3__AccessKey"] = s3.AccessKey,
            ["Corpus__S3__SecretKey"] = s3.SecretKey,
            ["Corpus__Processing__BatchSize"] = "200",
        };
        using var a = await ServerProcess.StartAsync(Path.Combine(root, "a"), database, shared);
        using var b = await ServerProcess.StartAsync(Path.Combine(root, "b"), database, shared);
        var adminToken = (await File.ReadAllTextAsync(Path.Combine(root, "a", "admin-token"))).Trim();
        using var clientA = Client(a, adminToken);
        using var clientB = Client(b, adminToken);
        HttpClient Either(int n) => n % 2 == 0 ? clientA : clientB;

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var acknowledged = new ConcurrentBag<string>();
        var bulk = Enumerable.Range(0, 28).Select(async chunk =>
        {
            var lines = new StringBuilder();
            for (var i = 0; i < BulkItems / 28; i++) lines.Append("{\"text\":\"jomla ").Append(chunk).Append('-').Append(i).Append(" men l'import, kolchi mzyan\"}\n");
            using var content = new StringContent(lines.ToString(), Encoding.UTF8, "application/x-ndjson");
            var response = await Either(chunk).PostAsync("/api/v1/items/bulk", content);
            response.EnsureSuccessStatusCode();
            Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32(), Is.EqualTo(BulkItems / 28));
        });
        // Each single item is sent to one instance and retried on the other with the same key: stored once.
        var singles = Enumerable.Range(0, SingleTexts).Select(async n =>
        {
            foreach (var client in new[] { Either(n), Either(n + 1) })
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/items/text") { Content = JsonContent.Create(new { text = $"wahed jomla raqm {n} 3la slamtek" }) };
                request.Headers.Add("Idempotency-Key", $"text-{n}");
                var response = await client.SendAsync(request);
                response.EnsureSuccessStatusCode();
                acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
            }
        });
        var recordings = Enumerable.Range(0, Recordings).Select(async n =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/recordings")
            {
                Content = RecordingTests.Form(TestAudio.SineWav(1.2, frequency: 150 + n), ("transcript", $"tasjil raqm {n}")),
            };
            var response = await Either(n).SendAsync(request);
            response.EnsureSuccessStatusCode();
        });
        // The same text sent to both instances at once (no key: two items): one must be flagged as the other's copy.
        var copies = Enumerable.Range(0, CopiedPairs).SelectMany(n => new[] { clientA, clientB }.Select(async client =>
        {
            var response = await client.PostAsJsonAsync("/api/v1/items/text", new { text = $"nafs l-klam {Letters(n)}: had chi katkteb mertin f nafs lwe9t {Letters(n * 7919)}" });
            response.EnsureSuccessStatusCode();
        }));
        await Task.WhenAll(bulk.Concat(singles).Concat(recordings).Concat(copies));
        Assert.That(acknowledged.Distinct().Count(), Is.EqualTo(SingleTexts), "a retry on the other instance returned the first item");

        TestContext.Progress.WriteLine($"two instances: {Total} items ingested in {watch.Elapsed.TotalSeconds:F1} s");
        await using var db = await database.OpenAsync();
        var deadline = DateTime.UtcNow.AddMinutes(8);
        while (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items WHERE state = 'received'") > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(500);

        TestContext.Progress.WriteLine($"two instances: all items processed after {watch.Elapsed.TotalSeconds:F1} s");
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items WHERE parent_id IS NULL"), Is.EqualTo(Total), "every item stored once");
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items WHERE state = 'received'"), Is.Zero, "every item processed");
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM item_results"), Is.EqualTo(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items")),
            "one result per item");
        Assert.That(await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM (SELECT item_id FROM item_results GROUP BY item_id HAVING COUNT(*) > 1) d"), Is.Zero);
        var copyFlags = (await db.QueryAsync<string>("""
            SELECT i.raw_text FROM items i JOIN item_results r ON r.item_id = i.id
            WHERE i.raw_text LIKE 'nafs l-klam %' AND r.flags_json LIKE '%"exact_duplicate"%'
            """)).ToList();
        Assert.That(copyFlags, Has.Count.EqualTo(CopiedPairs), "exactly one item of each pair is flagged as the other's copy");
        Assert.That(copyFlags.Distinct().Count(), Is.EqualTo(CopiedPairs));
        var recording = await db.QueryFirstAsync<string>("SELECT id FROM items WHERE kind = 'recording' ORDER BY id");
        var audio = await clientB.GetAsync($"/api/v1/items/{recording}/audio");
        Assert.That(audio.IsSuccessStatusCode, "a recording stored through one instance is served by the other from the bucket");
        Assert.That((await audio.Content.ReadAsByteArrayAsync()).Length, Is.GreaterThan(1000));
        Directory.Delete(root, recursive: true);
    }

    /// <summary>A number written in letters (match keys fold every digit to 0, so digits would make the texts equal).</summary>
    private static string Letters(int n) => n < 26 ? ((char)('a' + n)).ToString() : Letters(n / 26 - 1) + (char)('a' + n % 26);

    private static HttpClient Client(ServerProcess server, string token)
    {
        var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
