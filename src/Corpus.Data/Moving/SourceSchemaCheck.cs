using System.Data.Common;
using Dapper;

namespace Corpus.Data.Moving;

/// <summary>
/// Refuses to move a source whose tables or columns are not all in <see cref="MovedTables"/>, so a table or
/// column added by a later migration is never silently left behind.
/// </summary>
internal static class SourceSchemaCheck
{
    private const string SelectTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_journal'";

    public static async Task RunAsync(DbConnection source, CancellationToken cancellationToken)
    {
        var known = MovedTables.Steps.GroupBy(s => s.Table).ToDictionary(g => g.Key, g => g.First());
        var tables = await source.QueryAsync<string>(new CommandDefinition(SelectTables, cancellationToken: cancellationToken));
        foreach (var table in tables)
        {
            if (!known.TryGetValue(table, out var step))
                throw new MoveRefusedException($"The source has a table '{table}' that migrate does not know how to copy.");
            var columns = await source.QueryAsync<string>(new CommandDefinition(
                "SELECT name FROM pragma_table_info(@Table)", new { Table = table }, cancellationToken: cancellationToken));
            var expected = step.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            var unknown = columns.Where(c => !expected.Remove(c)).ToList();
            if (unknown.Count > 0 || expected.Count > 0)
            {
                throw new MoveRefusedException($"The source table '{table}' does not have the columns migrate copies"
                    + (unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}" : "")
                    + (expected.Count > 0 ? $"; missing: {string.Join(", ", expected)}" : "") + ".");
            }
        }
    }
}
