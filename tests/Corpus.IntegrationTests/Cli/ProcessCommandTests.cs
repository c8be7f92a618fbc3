using System.Net.Http.Headers;
using System.Text;
using Corpus.IntegrationTests.Hosting;
using Corpus.Testing;
using Dapper;

namespace Corpus.IntegrationTests.Cli;

[TestFixture]
public sealed class ProcessCommandTests
{
    [Test]
    public async Task Process_ThenRescore_ScoresEverythingOnce_AndRescoreKeepsTheOldResults()
    {
        var data = TestPaths.NewTempDirectory("corpus-cli-process");
        await using var database = TestDatabase.For(data);
        using (var server = await ServerProcess.StartAsync(data, database, new Dictionary<string, string> { ["Corpus__Processing__Enabled"] = "false" }))
        {
            using var admin = new HttpClient { BaseAddress = server.Address };
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await File.ReadAllTextAsync(Path.Combine(data, "admin-token"))).Trim());
            var lines = "{\"text\":\"wach nta bikhir a sahbi? rah bzaf dyal nass ghadi yjiw\"}\n"
                + "{\"text\":\"Le conseil municipal se réunira lundi prochain pour voter le budget.\"}\n"
                + "{\"kind\":\"social\",\"platform\":\"x\",\"text\":\"https://t.co/abc 😂😂\"}\n";
            using var body = new StringContent(lines, Encoding.UTF8, "application/x-ndjson");
            (await admin.PostAsync("/api/v1/items/bulk", body)).EnsureSuccessStatusCode();
        }

        var (exit, output, errors) = await CorpusCommand.RunAsync(database, "process", "--data", data);
        Assert.That(exit, Is.EqualTo(0), errors);
        Assert.That(output, Does.Contain("3 items: 1 accepted, 1 flagged, 1 rejected; 0 failed"));
        Assert.That(await ScalarAsync(database, "SELECT COUNT(*) FROM items WHERE state = 'received'"), Is.Zero);

        var again = await CorpusCommand.RunAsync(database, "rescore", "--data", data);
        Assert.That(again.Output, Does.Contain("0 items: nothing to do"), "nothing was scored by another pipeline");

        // Pretend the results came from an older pipeline: rescore adds new results and keeps those.
        await ExecuteAsync(database, "UPDATE item_results SET pipeline_version = 'older-pipeline'; UPDATE items SET result_version = 'older-pipeline'");
        var rescored = await CorpusCommand.RunAsync(database, "rescore", "--data", data);
        Assert.That(rescored.ExitCode, Is.EqualTo(0), rescored.Errors);
        Assert.That(rescored.Output, Does.Contain("3 items:"));
        Assert.That(await ScalarAsync(database, "SELECT COUNT(*) FROM item_results"), Is.EqualTo(6));
        Assert.That(await ScalarAsync(database, "SELECT COUNT(*) FROM items WHERE result_version = 'older-pipeline'"), Is.Zero);
        Directory.Delete(data, recursive: true);
    }

    private static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var db = await database.OpenAsync();
        return await db.ExecuteScalarAsync<long>(sql);
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var db = await database.OpenAsync();
        await db.ExecuteAsync(sql);
    }
}
