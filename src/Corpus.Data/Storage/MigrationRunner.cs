using System.Data.Common;
using Dapper;

namespace Corpus.Data.Storage;

/// <summary>Applies the embedded migrations not yet in the journal, each in its own transaction.</summary>
public sealed class MigrationRunner(IDbConnectionFactory connections, TimeProvider time)
{
    private const string CreateJournal = """
        CREATE TABLE IF NOT EXISTS schema_journal (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;
    private const string SelectApplied = "SELECT version FROM schema_journal";
    private const string InsertJournal = "INSERT INTO schema_journal (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";

    /// <summary>Returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var exclusive = await MigrationLock.AcquireAsync(connection, connections.Dialect, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(CreateJournal, cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(SelectApplied, cancellationToken: cancellationToken)))
            .Select(v => (int)v).ToHashSet();
        var done = new List<int>();
        foreach (var migration in MigrationCatalog.For(connections.Dialect))
        {
            if (applied.Contains(migration.Version)) continue;
            await ApplyAsync(connection, migration, cancellationToken);
            done.Add(migration.Version);
        }
        return done;
    }

    private async Task ApplyAsync(DbConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(InsertJournal,
            new { migration.Version, migration.Name, AppliedAt = DbTime.Format(time.GetUtcNow()) },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }
}
