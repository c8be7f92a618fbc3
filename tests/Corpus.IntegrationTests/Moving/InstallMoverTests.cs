using System.Net;
using System.Text.Json;
using Corpus.Data.Moving;
using Corpus.IntegrationTests.Hosting;
using Corpus.Testing;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corpus.IntegrationTests.Moving;

[TestFixture]
public sealed class InstallMoverTests
{
    private EmbeddedInstall _install = null!;
    private Dictionary<string, long> _sourceCounts = null!;

    [OneTimeSetUp]
    public async Task PopulateAsync()
    {
        Requires.Postgres();
        TestServices.S3();
        Requires.EspeakNg();
        _install = await EmbeddedInstall.CreateAsync();
        await using var source = new SqliteConnection($"Data Source={Path.Combine(_install.Directory, "corpus.db")}");
        await source.OpenAsync();
        _sourceCounts = [];
        foreach (var table in MovedTables.Tables) _sourceCounts[table] = await source.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
        SqliteConnection.ClearAllPools();
    }

    [OneTimeTearDown]
    public void RemoveInstall() => _install?.Dispose();

    [Test]
    public async Task Migrate_ToPostgresAndBucket_ServerOnTheTargetReturnsEveryItemByteForByte()
    {
        await using var target = await MoveTarget.CreateAsync();

        var run = await MigrateRun.RunAsync(target, _install, toBucket: true);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("Verified: every count and checksum matches."));
        await AssertSameCountsAsync(target);
        Assert.That(await target.CountAsync("SELECT COUNT(*) FROM items WHERE parent_id IS NOT NULL"), Is.GreaterThan(0), "segments moved");
        await using var server = await StartOnTargetAsync(target, inBucket: true);
        using var admin = server.Client(_install.AdminToken);
        foreach (var (id, text) in _install.Texts)
        {
            var item = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
            Assert.That(item.GetProperty("text").GetString(), Is.EqualTo(text));
            Assert.That(item.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Object), "the pipeline result moved with the item");
        }
        foreach (var (id, audio) in _install.Recordings)
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

        var stopped = await MigrateRun.RunAsync(target, _install, toBucket: true, "--batch-rows", "4", "--stop-after-rows", "30");
        Assert.That(stopped.ExitCode, Is.EqualTo(3), stopped.ToString());
        var partial = await TargetTotalAsync(target);
        Assert.That(partial, Is.InRange(30, _sourceCounts.Values.Sum() - 1), "the first run stopped part-way");

        var rerun = await MigrateRun.RunAsync(target, _install, toBucket: true, "--batch-rows", "4");

        Assert.That(rerun.ExitCode, Is.EqualTo(0), rerun.ToString());
        Assert.That(rerun.Output, Does.Contain("blobs: 0 copied"), "blobs copied by the first run are not sent again");
        Assert.That(rerun.Output, Does.Contain("which an earlier run reached"));
        Assert.That(rerun.Output, Does.Contain($"contributors: 0 rows copied"), "a finished table is not copied again");
        await AssertSameCountsAsync(target);
        Assert.That(await target.CountAsync("SELECT COUNT(*) - COUNT(DISTINCT item_id) FROM item_minhash"), Is.Zero);
    }

    [Test]
    public async Task Migrate_AgainAfterTheTargetRowWasChanged_IsRefusedWithExit2AndNamesTheRow()
    {
        await using var target = await MoveTarget.CreateAsync();
        var first = await MigrateRun.RunAsync(target, _install, toBucket: false);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(first.Output, Does.Contain("Blobs stay in"));
        var again = await MigrateRun.RunAsync(target, _install, toBucket: false);
        Assert.That(again.ExitCode, Is.EqualTo(0), again.ToString());
        Assert.That(again.Output, Does.Contain("items without parent: 0 rows copied"));
        var (changed, _) = _install.Texts.First();
        await target.ExecuteAsync($"UPDATE items SET raw_text = 'not from this install' WHERE id = '{changed}'");

        var refused = await MigrateRun.RunAsync(target, _install, toBucket: false);

        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.Errors, Does.Contain("did not come from this source").And.Contain(changed).And.Contain("raw_text"));
        await AssertSameCountsAsync(target);
    }

    [Test]
    public async Task Migrate_IntoADatabaseAServerAlreadyStartedOn_IsRefusedWithExit2()
    {
        await using var target = await MoveTarget.CreateAsync();
        var data = TestPaths.NewTempDirectory("corpus-move-fresh");
        await using (await TestServer.StartAsync(target.ServerSettings(_install, inBucket: false), data))
        {
        }

        var refused = await MigrateRun.RunAsync(target, _install, toBucket: false);

        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.Errors, Does.Contain("tokens rows that did not come from this source"));
        Assert.That(await target.CountAsync("SELECT COUNT(*) FROM items"), Is.Zero);
    }

    [Test]
    public async Task Migrate_WhileAnotherRunHoldsTheTarget_IsRefusedWithExit2AndWritesNothing()
    {
        await using var target = await MoveTarget.CreateAsync();
        await using var otherRun = new NpgsqlConnection(target.ConnectionString);
        await otherRun.OpenAsync();
        await otherRun.ExecuteAsync("SELECT pg_advisory_lock(@Key)", new { Key = InstallMover.MoveLockKey });

        var refused = await MigrateRun.RunAsync(target, _install, toBucket: false);

        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.Errors, Does.Contain("Another corpus migrate"));
        Assert.That(await target.CountAsync("SELECT COUNT(*) FROM items"), Is.Zero);
    }

    [Test]
    public async Task Migrate_WithBlobsLeftInTheFolder_ServerOnTheTargetReadsRecordingsFromIt()
    {
        await using var target = await MoveTarget.CreateAsync();

        var run = await MigrateRun.RunAsync(target, _install, toBucket: false);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        await using var server = await StartOnTargetAsync(target, inBucket: false);
        using var admin = server.Client(_install.AdminToken);
        foreach (var (id, audio) in _install.Recordings)
        {
            Assert.That(await admin.GetByteArrayAsync($"/api/v1/items/{id}/audio"), Is.EqualTo(audio));
        }
    }

    private async Task AssertSameCountsAsync(MoveTarget target)
    {
        foreach (var (table, count) in _sourceCounts)
        {
            Assert.That(await target.CountAsync($"SELECT COUNT(*) FROM {table}"), Is.EqualTo(count), table);
        }
        Assert.That(_sourceCounts["item_bands"], Is.GreaterThan(0), "the install has near-duplicate bands to move");
        Assert.That(_sourceCounts["item_results"], Is.GreaterThan(0));
    }

    private static async Task<long> TargetTotalAsync(MoveTarget target)
    {
        long total = 0;
        foreach (var table in MovedTables.Tables) total += await target.CountAsync($"SELECT COUNT(*) FROM {table}");
        return total;
    }

    private async Task<TestServer> StartOnTargetAsync(MoveTarget target, bool inBucket)
    {
        // The admin token moved with the tokens table; the test server reads it from its data directory.
        var data = TestPaths.NewTempDirectory("corpus-move-target");
        await File.WriteAllTextAsync(Path.Combine(data, "admin-token"), _install.AdminToken);
        return await TestServer.StartAsync(target.ServerSettings(_install, inBucket), data);
    }
}
