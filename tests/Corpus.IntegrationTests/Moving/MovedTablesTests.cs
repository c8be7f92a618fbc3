using Corpus.Data.Moving;
using Corpus.Data.Postgres;
using Corpus.Data.Storage;
using Corpus.IntegrationTests.Postgres;
using Corpus.Testing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Corpus.IntegrationTests.Moving;

[TestFixture]
public sealed class MovedTablesTests
{
    [Test]
    public async Task Steps_CoverEveryTableAndColumnOfTheSqliteSchema()
    {
        var directory = TestPaths.NewTempDirectory("corpus-moved-tables");
        var factory = new SqliteConnectionFactory(Path.Combine(directory, "corpus.db"));
        await new MigrationRunner(factory, TimeProvider.System).MigrateAsync(CancellationToken.None);
        await using (var connection = await factory.OpenAsync(CancellationToken.None))
        {
            Assert.That(async () => await SourceSchemaCheck.RunAsync(connection, CancellationToken.None), Throws.Nothing);
            await connection.ExecuteAsync("ALTER TABLE items ADD COLUMN reviewer TEXT NULL");
            Assert.That(async () => await SourceSchemaCheck.RunAsync(connection, CancellationToken.None),
                Throws.TypeOf<MoveRefusedException>().With.Message.Contain("reviewer"));
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Test]
    public async Task Steps_NameEveryColumnOfThePostgresSchemaWithItsMappedType()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using var factory = new PostgresConnectionFactory(database.ConnectionString);
        await new MigrationRunner(factory, TimeProvider.System).MigrateAsync(CancellationToken.None);
        await using var connection = await factory.OpenAsync(CancellationToken.None);
        var columns = (await connection.QueryAsync<(string Table, string Column, string Type)>(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_journal'"))
            .ToHashSet();

        var expected = MovedTables.Steps.SelectMany(s => s.Columns.Select(c => (s.Table, c.Name, PostgresType(c.Type)))).ToHashSet();

        Assert.That(columns, Is.EquivalentTo(expected));
    }

    private static string PostgresType(ColumnType type) => type switch
    {
        ColumnType.Text => "text",
        ColumnType.Integer => "bigint",
        ColumnType.Real => "double precision",
        ColumnType.Bytes => "bytea",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
