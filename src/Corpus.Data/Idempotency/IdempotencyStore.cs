using System.Data.Common;
using Dapper;
using Corpus.Data.Storage;

namespace Corpus.Data.Idempotency;

/// <summary>
/// Stored answers to keyed requests. The record is inserted in the same transaction as the rows the
/// request creates, so a key maps to exactly one outcome even when retries race.
/// </summary>
public sealed class IdempotencyStore(Transactions transactions)
{
    private const string Select = """
        SELECT principal, key_hash, request_hash, status_code, response, created_at
        FROM idempotency_keys WHERE principal = @Principal AND key_hash = @KeyHash
        """;
    private const string Insert = """
        INSERT INTO idempotency_keys (principal, key_hash, request_hash, status_code, response, created_at)
        VALUES (@Principal, @KeyHash, @RequestHash, @StatusCode, @Response, @CreatedAt)
        """;

    public Task<IdempotencyRecord?> FindAsync(string principal, string keyHash, CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<IdempotencyRecord>(
            new CommandDefinition(Select, new { Principal = principal, KeyHash = keyHash }, cancellationToken: cancellationToken)), cancellationToken);

    public Task InsertAsync(DbConnection connection, DbTransaction transaction, IdempotencyRecord record, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, record, transaction, cancellationToken: cancellationToken));
}
