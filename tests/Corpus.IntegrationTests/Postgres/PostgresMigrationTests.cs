using Corpus.Data.Postgres;
using Corpus.Data.Storage;
using Dapper;

namespace Corpus.IntegrationTests.Postgres;

[TestFixture]
public sealed class PostgresMigrationTests
{
    [Test]
    public async Task MigrateAsync_TwoInstancesStartingAtOnceOnAnEmptyDatabase_ApplyEachMigrationOnce()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var first = new PostgresConnectionFactory(database.ConnectionString);
        await using var second = new PostgresConnectionFactory(database.ConnectionString);
        var expected = MigrationCatalog.For(SqlDialect.Postgres).Select(m => m.Version).ToArray();
        using var start = new Barrier(2);

        var runs = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); return new MigrationRunner(first, TimeProvider.System).MigrateAsync(CancellationToken.None); }),
            Task.Run(() => { start.SignalAndWait(); return new MigrationRunner(second, TimeProvider.System).MigrateAsync(CancellationToken.None); }));

        Assert.That(runs.SelectMany(r => r).Order(), Is.EqualTo(expected));
        await using var connection = await first.OpenAsync(CancellationToken.None);
        var journal = (await connection.QueryAsync<long>("SELECT version FROM schema_journal ORDER BY version")).ToArray();
        Assert.That(journal, Is.EqualTo(expected.Select(v => (long)v)));
    }

    [Test]
    public async Task MigrateAsync_DatabaseAlreadyCurrent_AppliesNothing()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var connections = new PostgresConnectionFactory(database.ConnectionString);
        var runner = new MigrationRunner(connections, TimeProvider.System);
        await runner.MigrateAsync(CancellationToken.None);

        var second = await runner.MigrateAsync(CancellationToken.None);

        Assert.That(second, Is.Empty);
    }

    [Test]
    public async Task MigrateAsync_EmptyDatabase_CreatesTheTablesTheStoresUse()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var connections = new PostgresConnectionFactory(database.ConnectionString);

        await new MigrationRunner(connections, TimeProvider.System).MigrateAsync(CancellationToken.None);

        await using var connection = await connections.OpenAsync(CancellationToken.None);
        var tables = await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        Assert.That(tables, Is.SupersetOf(new[] { "items", "contributors", "tokens", "prompts", "idempotency_keys", "instance_secrets" }));
    }
}
