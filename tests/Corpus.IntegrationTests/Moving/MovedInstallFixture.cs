using Corpus.Data.Moving;
using Corpus.IntegrationTests.Hosting;
using Corpus.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.IntegrationTests.Moving;

/// <summary>One populated embedded install shared by the tests of a class; each test moves it into a target of its own.</summary>
public abstract class MovedInstallFixture
{
    private protected EmbeddedInstall Install { get; private set; } = null!;

    private protected Dictionary<string, long> SourceCounts { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task PopulateAsync()
    {
        Requires.Postgres();
        TestServices.S3();
        Requires.EspeakNg();
        Install = await EmbeddedInstall.CreateAsync();
        await using var source = new SqliteConnection($"Data Source={Path.Combine(Install.Directory, "corpus.db")}");
        await source.OpenAsync();
        SourceCounts = [];
        foreach (var table in MovedTables.Tables) SourceCounts[table] = await source.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
        SqliteConnection.ClearAllPools();
    }

    [OneTimeTearDown]
    public void RemoveInstall() => Install?.Dispose();

    private protected async Task AssertSameCountsAsync(MoveTarget target)
    {
        foreach (var (table, count) in SourceCounts)
        {
            Assert.That(await target.CountAsync($"SELECT COUNT(*) FROM {table}"), Is.EqualTo(count), table);
        }
        Assert.That(SourceCounts["item_bands"], Is.GreaterThan(0), "the install has near-duplicate bands to move");
        Assert.That(SourceCounts["item_results"], Is.GreaterThan(0));
    }

    private protected async Task<TestServer> StartOnTargetAsync(MoveTarget target, bool inBucket)
    {
        // The admin token moved with the tokens table; the test server reads it from its data directory.
        var data = TestPaths.NewTempDirectory("corpus-move-target");
        await File.WriteAllTextAsync(Path.Combine(data, "admin-token"), Install.AdminToken);
        return await TestServer.StartAsync(target.ServerSettings(Install, inBucket), data);
    }
}
