using System.Net;
using System.Text.Json;
using Corpus.Data.Moving;

namespace Corpus.IntegrationTests.Moving;

[TestFixture]
public sealed class InstallMoverTests : MovedInstallFixture
{
    [Test]
    public async Task Migrate_ToPostgresAndBucket_ServerOnTheTargetReturnsEveryItemByteForByte()
    {
        await using var target = await MoveTarget.CreateAsync();

        var run = await MigrateRun.RunAsync(target, Install, toBucket: true);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("Verified: every count and checksum matches."));
        await AssertSameCountsAsync(target);
        Assert.That(await target.CountAsync("SELECT COUNT(*) FROM items WHERE parent_id IS NOT NULL"), Is.GreaterThan(0), "segments moved");
        await using var server = await StartOnTargetAsync(target, inBucket: true);
        using var admin = server.Client(Install.AdminToken);
        foreach (var (id, text) in Install.Texts)
        {
            var item = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
            Assert.That(item.GetProperty("text").GetString(), Is.EqualTo(text));
            Assert.That(item.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Object), "the pipeline result moved with the item");
        }
        foreach (var (id, audio) in Install.Recordings)
        {
            Assert.That(await admin.GetByteArrayAsync($"/api/v1/items/{id}/audio"), Is.EqualTo(audio));
        }
        var segment = await target.FirstAsync("SELECT id FROM items WHERE parent_id IS NOT NULL ORDER BY id");
        var segmentAudio = await admin.GetAsync($"/api/v1/items/{segment}/audio");
        Assert.That(segmentAudio.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a segment's blob is in the bucket");
    }

    [Test]
    public async Task Migrate_StoppedPartWay_RerunFinishesWithExactCountsAndSkipsWhatWasCopied()
    {
        await using var target = await MoveTarget.CreateAsync();

        var stopped = await MigrateRun.RunAsync(target, Install, toBucket: true, "--batch-rows", "4", "--stop-after-rows", "30");
        Assert.That(stopped.ExitCode, Is.EqualTo(3), stopped.ToString());
        var partial = await TargetTotalAsync(target);
        Assert.That(partial, Is.InRange(30, SourceCounts.Values.Sum() - 1), "the first run stopped part-way");

        var rerun = await MigrateRun.RunAsync(target, Install, toBucket: true, "--batch-rows", "4");

        Assert.That(rerun.ExitCode, Is.EqualTo(0), rerun.ToString());
        Assert.That(rerun.Output, Does.Contain("blobs: 0 copied"), "blobs copied by the first run are not sent again");
        Assert.That(rerun.Output, Does.Contain("which an earlier run reached"));
        Assert.That(rerun.Output, Does.Contain($"contributors: 0 rows copied"), "a finished table is not copied again");
        await AssertSameCountsAsync(target);
        Assert.That(await target.CountAsync("SELECT COUNT(*) - COUNT(DISTINCT item_id) FROM item_minhash"), Is.Zero);
    }

    [Test]
    public async Task Migrate_WithBlobsLeftInTheFolder_ServerOnTheTargetReadsRecordingsFromIt()
    {
        await using var target = await MoveTarget.CreateAsync();

        var run = await MigrateRun.RunAsync(target, Install, toBucket: false);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        await using var server = await StartOnTargetAsync(target, inBucket: false);
        using var admin = server.Client(Install.AdminToken);
        foreach (var (id, audio) in Install.Recordings)
        {
            Assert.That(await admin.GetByteArrayAsync($"/api/v1/items/{id}/audio"), Is.EqualTo(audio));
        }
    }

    private static async Task<long> TargetTotalAsync(MoveTarget target)
    {
        long total = 0;
        foreach (var table in MovedTables.Tables) total += await target.CountAsync($"SELECT COUNT(*) FROM {table}");
        return total;
    }
}
