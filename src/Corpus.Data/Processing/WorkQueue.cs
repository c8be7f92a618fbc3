using Dapper;
using Corpus.Core.Ingestion;
using Corpus.Data.Ingestion;
using Corpus.Data.Storage;

namespace Corpus.Data.Processing;

/// <summary>
/// Hands out received items to processing workers under a lease, so several workers (or server
/// instances) share the work and an item whose worker died is picked up again when its lease expires.
/// </summary>
public sealed class WorkQueue(Transactions transactions, TimeProvider time)
{
    private const string ClaimSqlite = """
        UPDATE items SET lease_owner = @Owner, lease_until = @Until, attempts = attempts + 1
        WHERE id IN (SELECT id FROM items
                     WHERE state = @Received AND (lease_until IS NULL OR lease_until < @Now)
                     ORDER BY id LIMIT @Count)
        """;
    // Concurrent claimers skip each other's rows instead of waiting on them.
    private const string ClaimPostgres = """
        UPDATE items SET lease_owner = @Owner, lease_until = @Until, attempts = attempts + 1
        WHERE id IN (SELECT id FROM items
                     WHERE state = @Received AND (lease_until IS NULL OR lease_until < @Now)
                     ORDER BY id LIMIT @Count
                     FOR UPDATE SKIP LOCKED)
        """;
    private const string SelectClaimed = $"""
        SELECT {ItemStore.Columns} FROM items
        WHERE lease_owner = @Owner AND state = @Received
        ORDER BY id
        """;
    private const string RecordFailure = "UPDATE items SET last_error = @Error WHERE id = @Id AND lease_owner = @Owner";
    private const string CountWaiting = "SELECT COUNT(*) FROM items WHERE state = @Received";

    /// <summary>Leases up to <paramref name="count"/> received items to a new owner; returns the owner and the items.</summary>
    public async Task<(string Owner, IReadOnlyList<ItemRecord> Items)> ClaimAsync(int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        var owner = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow();
        var claim = transactions.Connections.Dialect == SqlDialect.Postgres ? ClaimPostgres : ClaimSqlite;
        var args = new { Owner = owner, Until = DbTime.Format(now + lease), Now = DbTime.Format(now), Count = count, Received = ItemStates.Received };
        var items = await transactions.RunAsync(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition(claim, args, t, cancellationToken: cancellationToken));
            return (await c.QueryAsync<ItemRecord>(new CommandDefinition(SelectClaimed, args, t, cancellationToken: cancellationToken))).AsList();
        }, cancellationToken);
        return (owner, items);
    }

    /// <summary>Notes why processing a leased item failed; it is retried when the lease expires.</summary>
    public Task RecordFailureAsync(string owner, string itemId, string error, CancellationToken cancellationToken) =>
        transactions.RunAsync((c, t) => c.ExecuteAsync(new CommandDefinition(RecordFailure,
            new { Owner = owner, Id = itemId, Error = error.Length > 2000 ? error[..2000] : error }, t, cancellationToken: cancellationToken)), cancellationToken);

    public Task<long> CountWaitingAsync(CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(CountWaiting, new { Received = ItemStates.Received }, cancellationToken: cancellationToken)), cancellationToken);
}
