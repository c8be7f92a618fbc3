using System.Net.Http.Headers;
using System.Text;
using Corpus.IntegrationTests.Hosting;
using Corpus.Testing;
using Dapper;

namespace Corpus.IntegrationTests.Processing;

[TestFixture]
public sealed class WorkerCrashTests
{
    private const int Items = 3_000;

    [Test]
    public async Task KillingTheWorkerMidBatch_ThenRestarting_ProcessesEveryItemExactlyOnce()
    {
        var data = TestPaths.NewTempDirectory("corpus-worker-crash");
        await using var database = TestDatabase.For(data);
        using (var ingest = await ServerProcess.StartAsync(data, database, new Dictionary<string, string> { ["Corpus__Processing__Enabled"] = "false" }))
        {
            using var admin = new HttpClient { BaseAddress = ingest.Address };
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await File.ReadAllTextAsync(Path.Combine(data, "admin-token"))).Trim());
            var lines = new StringBuilder();
            for (var i = 0; i < Items; i++) lines.Append("{\"text\":\"jomla raqm ").Append(i).Append(" dyal l'ikhtibar, wach kolchi mzyan?\"}\n");
            using var body = new StringContent(lines.ToString(), Encoding.UTF8, "application/x-ndjson");
            (await admin.PostAsync("/api/v1/items/bulk", body)).EnsureSuccessStatusCode();
        }

        var worker = new Dictionary<string, string>
        {
            ["Corpus__Processing__Lease"] = "00:00:05",
            ["Corpus__Processing__BatchSize"] = "100",
        };
        using (var first = await ServerProcess.StartAsync(data, database, worker))
        {
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (await CountAsync(database, "SELECT COUNT(*) FROM item_results") < 150 && DateTime.UtcNow < deadline) await Task.Delay(10);
            first.Kill();
        }
        var afterKill = await CountAsync(database, "SELECT COUNT(*) FROM item_results");
        Assert.That(afterKill, Is.InRange(150, Items - 1), "the worker must be killed in the middle of the work");
        Assert.That(await CountAsync(database, "SELECT COUNT(*) FROM items WHERE lease_owner IS NOT NULL AND state = 'received'"), Is.GreaterThan(0),
            "some items were leased to the killed worker when it died");

        using (var second = await ServerProcess.StartAsync(data, database, worker))
        {
            var deadline = DateTime.UtcNow.AddSeconds(300);
            while (await CountAsync(database, "SELECT COUNT(*) FROM items WHERE state = 'received'") > 0 && DateTime.UtcNow < deadline) await Task.Delay(200);
        }

        Assert.That(await CountAsync(database, "SELECT COUNT(*) FROM items WHERE state = 'received'"), Is.Zero, "every item was processed");
        Assert.That(await CountAsync(database, "SELECT COUNT(*) FROM item_results"), Is.EqualTo(Items), "one result per item");
        Assert.That(await CountAsync(database, "SELECT COUNT(*) FROM (SELECT item_id FROM item_results GROUP BY item_id HAVING COUNT(*) > 1) d"), Is.Zero);
        Assert.That(await CountAsync(database, "SELECT COUNT(*) FROM items i WHERE NOT EXISTS (SELECT 1 FROM item_results r WHERE r.item_id = i.id AND r.pipeline_version = i.result_version)"), Is.Zero,
            "every item points at its result");
        Directory.Delete(data, recursive: true);
    }

    private static async Task<long> CountAsync(TestDatabase database, string sql)
    {
        await using var db = await database.OpenAsync();
        return await db.ExecuteScalarAsync<long>(sql);
    }
}
