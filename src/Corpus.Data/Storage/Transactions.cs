using System.Data.Common;

namespace Corpus.Data.Storage;

/// <summary>Runs a unit of work in one transaction on one connection, retried on transient errors.</summary>
public sealed class Transactions(IDbConnectionFactory connections)
{
    public IDbConnectionFactory Connections => connections;

    public Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        connections.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await connections.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var result = await work(connection, transaction);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken).AsTask();

    public Task RunAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken) =>
        RunAsync(async (c, t) =>
        {
            await work(c, t);
            return true;
        }, cancellationToken);

    /// <summary>A read or single statement outside an explicit transaction.</summary>
    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken) =>
        connections.Retry.ExecuteAsync(async ct =>
        {
            await using var connection = await connections.OpenAsync(ct);
            return await work(connection);
        }, cancellationToken).AsTask();
}
