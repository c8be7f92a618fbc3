using System.Text.Json;
using Corpus.Data.Ingestion;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Ingestion;
using Corpus.Server.Processing;
using Dapper;

namespace Corpus.IntegrationTests.Processing;

[TestFixture]
public sealed class FailingItemTests : VolunteerFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Corpus:Processing:Enabled"] = "false",
        ["Corpus:Processing:MaxAttempts"] = "2",
    };

    [Test]
    public async Task AnItemThatAlwaysFails_IsRetried_ThenFlaggedForAPersonWithTheLastError()
    {
        var response = await Volunteer.PostAsync("/api/v1/recordings", RecordingTests.Form(TestAudio.SineWav(1.5), ("transcript", "salam")));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var item = await Server.Services.GetRequiredService<ItemStore>().FindAsync(id, CancellationToken.None);
        var sha = item!.BlobSha256!;
        File.Delete(Path.Combine(Server.DataDirectory, "blobs", sha[..2], sha[2..4], sha)); // the stored audio is lost

        var runner = Server.Services.GetRequiredService<ProcessingRunner>();
        await using var db = await Server.Database.OpenAsync();
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var failed = await runner.RunBatchAsync(CancellationToken.None);
            Assert.That(failed.Failed, Is.EqualTo(1), $"attempt {attempt}");
            var row = await db.QuerySingleAsync<(string State, long Attempts, string LastError)>(
                "SELECT state, attempts, last_error FROM items WHERE id = @Id", new { Id = id });
            Assert.That(row.State, Is.EqualTo("received"));
            Assert.That(row.Attempts, Is.EqualTo(attempt));
            Assert.That(row.LastError, Does.Contain("BlobNotFound"));
            await db.ExecuteAsync("UPDATE items SET lease_until = '2000-01-01T00:00:00.0000000Z' WHERE id = @Id", new { Id = id }); // the lease runs out
        }

        var last = await runner.RunBatchAsync(CancellationToken.None);
        Assert.That(last.ByState.GetValueOrDefault("flagged"), Is.EqualTo(1));
        var view = await Volunteer.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
        Assert.That(view.GetProperty("state").GetString(), Is.EqualTo("flagged"));
        Assert.That(Pipeline.Flag(view, "processing_failed").GetProperty("reason").GetString(), Does.Contain("failed 2 times").And.Contain("BlobNotFound"));
    }
}
