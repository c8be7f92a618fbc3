using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace Corpus.Data.Storage;

/// <summary>
/// Connections to the embedded SQLite file: WAL journal, synchronous=FULL so an acknowledged write
/// survives a crash, foreign keys on.
/// </summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private readonly string _connectionString;
    private int _walEnabled;

    public SqliteConnectionFactory(string databasePath)
    {
        DapperSetup.EnsureConfigured();
        DatabasePath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SqliteException>(e => e.SqliteErrorCode is SqliteBusy or SqliteLocked),
                MaxRetryAttempts = 8,
                Delay = TimeSpan.FromMilliseconds(20),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
    }

    public string DatabasePath { get; }

    public SqlDialect Dialect => SqlDialect.Sqlite;

    public ResiliencePipeline Retry { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (Interlocked.Exchange(ref _walEnabled, 1) == 0)
        {
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        }
        await connection.ExecuteAsync("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
        return connection;
    }

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } e
        && e.SqliteExtendedErrorCode is 1555 or 2067; // SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE
}
