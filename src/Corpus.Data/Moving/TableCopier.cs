using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corpus.Data.Moving;

/// <summary>
/// Streams one step's rows from SQLite into PostgreSQL with binary COPY, one transaction per batch, so an
/// interrupted run leaves whole batches behind and the next run continues after the last committed key.
/// </summary>
internal sealed class TableCopier(int batchRows, IProgress<MoveProgress>? progress)
{
    /// <summary>Copies the rows after <paramref name="after"/> (all rows when null); returns how many were copied.</summary>
    public async Task<long> CopyAsync(DbConnection source, NpgsqlConnection target, MovedTable step, string[]? after, RowBudget budget, CancellationToken cancellationToken)
    {
        await using var select = (SqliteCommand)source.CreateCommand();
        select.CommandText = step.SourceSelect(resume: after is not null);
        for (var i = 0; i < (after?.Length ?? 0); i++) select.Parameters.AddWithValue($"@k{i}", after![i]);
        await using var rows = await select.ExecuteReaderAsync(cancellationToken);

        long copied = 0;
        var inBatch = 0;
        string[]? lastKey = null;
        NpgsqlTransaction? transaction = null;
        NpgsqlBinaryImporter? importer = null;
        try
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                // A batch ends only between keys, so every key in the target has all its rows.
                if (importer is not null && inBatch >= batchRows && !RowValues.HasKey(rows, step, lastKey!))
                {
                    await CommitAsync(importer, transaction!, cancellationToken);
                    (importer, transaction) = (null, null);
                    copied += inBatch;
                    budget.Spend(inBatch);
                    inBatch = 0;
                    progress?.Report(new MoveProgress(step.Step, copied));
                    if (budget.Exhausted) return copied;
                }
                if (importer is null)
                {
                    transaction = await target.BeginTransactionAsync(cancellationToken);
                    importer = await target.BeginBinaryImportAsync(step.CopyCommand, cancellationToken);
                }
                RowValues.Write(rows, step.Columns, importer);
                inBatch++;
                if (inBatch >= batchRows) lastKey = RowValues.Key(rows, step);
            }
            if (importer is not null)
            {
                await CommitAsync(importer, transaction!, cancellationToken);
                (importer, transaction) = (null, null);
                copied += inBatch;
                budget.Spend(inBatch);
            }
            return copied;
        }
        finally
        {
            // Disposing an importer that was not completed cancels the COPY; the transaction then rolls back.
            if (importer is not null) await importer.DisposeAsync();
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }

    private static async Task CommitAsync(NpgsqlBinaryImporter importer, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await importer.CompleteAsync(cancellationToken);
        await importer.DisposeAsync();
        await transaction.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
    }
}
