using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corpus.Data.Moving;

/// <summary>
/// Before a step resumes, proves that the rows already in the target are exactly the source's rows up to the
/// last key copied, value for value; anything else means the target holds data from elsewhere (or the source
/// changed since the earlier run) and the move is refused.
/// </summary>
internal static class TargetRowsCheck
{
    /// <summary>Returns the last key already in the target (null when the step has no rows there yet), or throws <see cref="MoveRefusedException"/>.</summary>
    public static async Task<string[]?> RunAsync(DbConnection source, NpgsqlConnection target, MovedTable step, CancellationToken cancellationToken)
    {
        var lastKey = await LastKeyAsync(target, step, cancellationToken);
        if (lastKey is null) return null;
        await using var sourceSelect = (SqliteCommand)source.CreateCommand();
        sourceSelect.CommandText = step.SourceSelectUpTo();
        for (var i = 0; i < lastKey.Length; i++) sourceSelect.Parameters.AddWithValue($"@k{i}", lastKey[i]);
        await using var sourceRows = await sourceSelect.ExecuteReaderAsync(cancellationToken);
        await using var targetSelect = new NpgsqlCommand(step.TargetSelect(), target);
        await using var targetRows = await targetSelect.ExecuteReaderAsync(cancellationToken);
        long compared = 0;
        while (true)
        {
            var inTarget = await targetRows.ReadAsync(cancellationToken);
            var inSource = await sourceRows.ReadAsync(cancellationToken);
            if (!inTarget && !inSource) return lastKey;
            if (!inSource)
                throw Refused(step, $"the target holds {step.Table} row {RowValues.Describe(RowValues.Key(targetRows, step))} that the source does not have");
            if (!inTarget)
                throw Refused(step, $"the target lacks {step.Table} row {RowValues.Describe(RowValues.Key(sourceRows, step))} although it holds later ones");
            if (RowValues.FirstDifference(sourceRows, targetRows, step.Columns) is { } column)
            {
                throw Refused(step, $"{step.Table} row {RowValues.Describe(RowValues.Key(targetRows, step))} (row {compared + 1} in key order) "
                    + $"differs in column {column} between the source and the target");
            }
            compared++;
        }
    }

    private static async Task<string[]?> LastKeyAsync(NpgsqlConnection target, MovedTable step, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(step.TargetLastKey(), target);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var key = new string[step.KeyLength];
        for (var i = 0; i < key.Length; i++) key[i] = reader.GetString(i);
        return key;
    }

    private static MoveRefusedException Refused(MovedTable step, string what) => new(
        $"The target database already holds {step.Step} rows that did not come from this source: {what}. "
        + "Migrate into an empty database (or drop this one), or restore the source as it was when the earlier run started.");
}
