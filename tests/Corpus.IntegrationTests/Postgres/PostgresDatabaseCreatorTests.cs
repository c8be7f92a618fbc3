using Corpus.Data.Postgres;
using Corpus.Data.Storage;
using Corpus.Testing;
using Npgsql;

namespace Corpus.IntegrationTests.Postgres;

[TestFixture]
public sealed class PostgresDatabaseCreatorTests
{
    [Test]
    public async Task EnsureExistsAsync_DatabaseMissing_CreatesItOnceEvenWhenInstancesRace()
    {
        var name = $"corpus_new_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(Requires.Postgres()) { Database = name }.ConnectionString;
        try
        {
            var created = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
                Task.Run(() => PostgresDatabaseCreator.EnsureExistsAsync(connectionString, CancellationToken.None))));

            Assert.That(created.Count(c => c), Is.EqualTo(1));
            await using var connections = new PostgresConnectionFactory(connectionString);
            var applied = await new MigrationRunner(connections, TimeProvider.System).MigrateAsync(CancellationToken.None);
            Assert.That(applied, Is.Not.Empty);
            Assert.That(await PostgresDatabaseCreator.EnsureExistsAsync(connectionString, CancellationToken.None), Is.False);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Requires.Postgres());
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Test]
    public void QuoteIdentifier_NameWithAQuote_DoublesIt()
    {
        Assert.That(PostgresDatabaseCreator.QuoteIdentifier("odd\"name"), Is.EqualTo("\"odd\"\"name\""));
    }
}
