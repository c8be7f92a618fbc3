using System.Data.Common;
using Dapper;

namespace Corpus.Data.Storage;

/// <summary>
/// Keeps two instances from migrating at once: a session advisory lock on PostgreSQL; on SQLite the
/// runner's write transactions already serialize, so nothing is taken.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    private const long LockKey = 0x436F72707573; // "Corpus"
    private readonly DbConnection? _connection;

    private MigrationLock(DbConnection? connection) => _connection = connection;

    public static async Task<MigrationLock> AcquireAsync(DbConnection connection, SqlDialect dialect, CancellationToken cancellationToken)
    {
        if (dialect != SqlDialect.Postgres) return new MigrationLock(null);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@LockKey)", new { LockKey }, cancellationToken: cancellationToken));
        return new MigrationLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        await _connection.ExecuteAsync("SELECT pg_advisory_unlock(@LockKey)", new { LockKey });
    }
}
