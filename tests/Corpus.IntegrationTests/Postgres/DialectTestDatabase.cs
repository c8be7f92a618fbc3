using Corpus.Data.Postgres;
using Corpus.Data.Storage;
using Corpus.Testing;

namespace Corpus.IntegrationTests.Postgres;

/// <summary>
/// A freshly migrated database of either dialect, so one store test runs on both: a temporary SQLite file,
/// or a database of its own on the CORPUS_TEST_POSTGRES server (skipped, or failed in CI, when that is unset).
/// Use with <c>[TestFixtureSource(typeof(DialectTestDatabase), nameof(Dialects))]</c>.
/// </summary>
internal sealed class DialectTestDatabase : IAsyncDisposable
{
    private readonly PostgresTestDatabase? _postgres;
    private readonly string? _sqliteDirectory;

    private DialectTestDatabase(IDbConnectionFactory connections, PostgresTestDatabase? postgres, string? sqliteDirectory)
    {
        Connections = connections;
        Transactions = new Transactions(connections);
        _postgres = postgres;
        _sqliteDirectory = sqliteDirectory;
    }

    public static IEnumerable<SqlDialect> Dialects => Enum.GetValues<SqlDialect>();

    public IDbConnectionFactory Connections { get; }
    public Transactions Transactions { get; }

    public static async Task<DialectTestDatabase> CreateMigratedAsync(SqlDialect dialect)
    {
        DialectTestDatabase database;
        if (dialect == SqlDialect.Postgres)
        {
            var postgres = await PostgresTestDatabase.CreateAsync();
            database = new DialectTestDatabase(new PostgresConnectionFactory(postgres.ConnectionString), postgres, null);
        }
        else
        {
            var directory = TestPaths.NewTempDirectory("corpus-sqlite");
            database = new DialectTestDatabase(new SqliteConnectionFactory(Path.Combine(directory, "corpus.db")), null, directory);
        }
        await new MigrationRunner(database.Connections, TimeProvider.System).MigrateAsync(CancellationToken.None);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (Connections is IAsyncDisposable disposable) await disposable.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        if (_sqliteDirectory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }
}
