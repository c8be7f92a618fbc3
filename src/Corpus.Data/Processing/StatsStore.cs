using Dapper;
using Corpus.Core.Ingestion;
using Corpus.Data.Storage;

namespace Corpus.Data.Processing;

/// <summary>Counts over the whole corpus: items per state and kind, languages, flags, hours of audio.</summary>
public sealed class StatsStore(Transactions transactions)
{
    private const string ByState = "SELECT state AS name, COUNT(*) AS count FROM items GROUP BY state ORDER BY state";
    private const string ByKind = "SELECT kind AS name, COUNT(*) AS count FROM items GROUP BY kind ORDER BY kind";
    private const string ByLanguage = """
        SELECT r.language AS name, COUNT(*) AS count
        FROM items i JOIN item_results r ON r.item_id = i.id AND r.pipeline_version = i.result_version
        WHERE r.language IS NOT NULL AND i.state <> @Withdrawn
        GROUP BY r.language ORDER BY r.language
        """;
    private const string ByFlagSqlite = """
        SELECT json_extract(f.value, '$.name') AS name, COUNT(*) AS count
        FROM items i JOIN item_results r ON r.item_id = i.id AND r.pipeline_version = i.result_version, json_each(r.flags_json) f
        WHERE i.state <> @Withdrawn
        GROUP BY json_extract(f.value, '$.name') ORDER BY 1
        """;
    private const string ByFlagPostgres = """
        SELECT f.value ->> 'name' AS name, COUNT(*) AS count
        FROM items i JOIN item_results r ON r.item_id = i.id AND r.pipeline_version = i.result_version
        CROSS JOIN LATERAL jsonb_array_elements(r.flags_json::jsonb) f(value)
        WHERE i.state <> @Withdrawn
        GROUP BY f.value ->> 'name' ORDER BY 1
        """;
    // Split recordings count through their segments, so hours are not counted twice.
    private const string AudioSeconds = """
        SELECT i.state AS name, COALESCE(SUM(r.duration_ms), 0) / 1000.0 AS seconds
        FROM items i JOIN item_results r ON r.item_id = i.id AND r.pipeline_version = i.result_version
        WHERE i.kind = @Recording AND i.state <> @Processed
        GROUP BY i.state ORDER BY i.state
        """;

    public Task<CorpusStats> ReadAsync(CancellationToken cancellationToken) =>
        transactions.ReadAsync(async c =>
        {
            var args = new { ItemStates.Withdrawn, ItemStates.Processed, Recording = ItemKinds.Recording };
            async Task<Dictionary<string, long>> CountsAsync(string sql) =>
                (await c.QueryAsync<(string Name, long Count)>(new CommandDefinition(sql, args, cancellationToken: cancellationToken)))
                .ToDictionary(r => r.Name ?? "", r => r.Count);
            var flags = transactions.Connections.Dialect == SqlDialect.Postgres ? ByFlagPostgres : ByFlagSqlite;
            var seconds = (await c.QueryAsync<(string Name, double Seconds)>(new CommandDefinition(AudioSeconds, args, cancellationToken: cancellationToken)))
                .ToDictionary(r => r.Name, r => Math.Round(r.Seconds / 3600, 3));
            return new CorpusStats(await CountsAsync(ByState), await CountsAsync(ByKind), await CountsAsync(ByLanguage), await CountsAsync(flags), seconds);
        }, cancellationToken);
}
