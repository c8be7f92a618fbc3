using Corpus.Data.Moving;
using Corpus.IntegrationTests.Hosting;
using Corpus.Testing;
using Dapper;
using Npgsql;

namespace Corpus.IntegrationTests.Moving;

[TestFixture]
public sealed class InstallMoverRefusalTests : MovedInstallFixture
{
    [Test]
    public async Task Migrate_AgainAfterTheTargetRowWasChanged_IsRefusedWithExit2AndNamesTheRow()
    {
        await using var target = await MoveTarget.CreateAsync();
        var first = await MigrateRun.RunAsync(target, Install, toBucket: false);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.ToString());
        Assert.That(first.Output, Does.Contain("Blobs stay in"));
        var again = await MigrateRun.RunAsync(target, Install, toBucket: false);
        Assert.That(again.ExitCode, Is.EqualTo(0), again.ToString());
        Assert.That(again.Output, Does.Contain("items without parent: 0 rows copied"));
        var (changed, _) = Install.Texts.First();
        await target.ExecuteAsync($"UPDATE items SET raw_text = 'not from this install' WHERE id = '{changed}'");

        var refused = await MigrateRun.RunAsync(target, Install, toBucket: false);

        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.Errors, Does.Contain("did not come from this source").And.Contain(changed).And.Contain("raw_text"));
        await AssertSameCountsAsync(target);
    }

    [Test]
    public async Task Migrate_IntoADatabaseAServerAlreadyStartedOn_IsRefusedWithExit2()
    {
        await using var target = await MoveTarget.CreateAsync();
        var data = TestPaths.NewTempDirectory("corpus-move-fresh");
        await using (await TestServer.StartAsync(target.ServerSettings(Install, inBucket: false), data))
        {
        }

        var refused = await MigrateRun.RunAsync(target, Install, toBucket: false);

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

        var refused = await MigrateRun.RunAsync(target, Install, toBucket: false);

        Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
        Assert.That(refused.Errors, Does.Contain("Another corpus migrate"));
        Assert.That(await target.CountAsync("SELECT COUNT(*) FROM items"), Is.Zero);
    }
}
