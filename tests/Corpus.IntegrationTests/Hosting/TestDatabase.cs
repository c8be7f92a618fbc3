using System.Data.Common;
using Corpus.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corpus.IntegrationTests.Hosting;

/// <summary>
/// The database a test server runs on. By default the embedded SQLite file in the data directory; with
/// CORPUS_TEST_DB=postgres a fresh PostgreSQL database on the CORPUS_TEST_POSTGRES server, dropped afterwards.
/// The same tests thus run on both databases.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _adminConnectionString;
    private readonly string _dataDirectory;

    private TestDatabase(string dataDirectory, string? connectionString, string? adminConnectionString)
    {
        _dataDirectory = dataDirectory;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
    }

    public static bool UsePostgres => Environment.GetEnvironmentVariable("CORPUS_TEST_DB") is "postgres";

    /// <summary>The PostgreSQL connection string, or null for the SQLite file in the data directory.</summary>
    public string? ConnectionString { get; }

    public static TestDatabase For(string dataDirectory) => UsePostgres ? Postgres(dataDirectory) : new TestDatabase(dataDirectory, null, null);

    /// <summary>A fresh PostgreSQL database whatever CORPUS_TEST_DB says, for tests of several instances on one database.</summary>
    public static TestDatabase Postgres(string dataDirectory)
    {
        var admin = Requires.Postgres();
        var name = $"corpus_it_{Guid.NewGuid():N}";
        return new TestDatabase(dataDirectory, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString, admin);
    }

    /// <summary>Configuration keys for the server (empty for SQLite, whose default is the data directory).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        if (ConnectionString is not null) yield return new("Corpus:Database", ConnectionString);
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = ConnectionString is null
            ? new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "corpus.db")}")
            : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is null)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        await Corpus.IntegrationTests.Postgres.PostgresTestDatabase.DropAsync(_adminConnectionString, new NpgsqlConnectionStringBuilder(ConnectionString).Database!);
    }
}
