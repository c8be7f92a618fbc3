using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using Corpus.Core.Ingestion;
using Corpus.Data.Ingestion;
using Corpus.Data.Storage;

namespace Corpus.Data.Processing;

/// <summary>Pipeline results, duplicate look-ups, and the state change that completes an item.</summary>
public sealed class ResultStore(Transactions transactions)
{
    private const string ResultColumns = """
        item_id, pipeline_version, normalizer_version, audio_version, language_version, scorer_version, display_text,
        match_key, script, language, language_probability, normalized_json, audio_json, normalized_sha256, duration_ms,
        score, decision, flags_json, dedup_hash, duplicate_of, created_at
        """;
    private const string InsertResult = $"""
        INSERT INTO item_results ({ResultColumns}) VALUES (
        @ItemId, @PipelineVersion, @NormalizerVersion, @AudioVersion, @LanguageVersion, @ScorerVersion, @DisplayText,
        @MatchKey, @Script, @Language, @LanguageProbability, @NormalizedJson, @AudioJson, @NormalizedSha256, @DurationMs,
        @Score, @Decision, @FlagsJson, @DedupHash, @DuplicateOf, @CreatedAt)
        """;
    private const string SelectCurrent = $"""
        SELECT {ResultColumns} FROM item_results r
        WHERE r.item_id = @Id AND r.pipeline_version = (SELECT result_version FROM items WHERE id = @Id)
        """;
    private const string CompleteLeased = """
        UPDATE items SET state = @State, result_version = @Version, lease_owner = NULL, lease_until = NULL, updated_at = @Now
        WHERE id = @Id AND lease_owner = @Owner AND state = @Received
        """;
    // A decision people made in review stands: the new result is kept, the state is not moved.
    private const string Rescored = """
        UPDATE items SET state = CASE WHEN reviewed_at IS NULL THEN @State ELSE state END, result_version = @Version, updated_at = @Now
        WHERE id = @Id AND state IN (@Accepted, @Flagged, @Rejected) AND (result_version IS NULL OR result_version <> @Version)
        """;
    private const string FirstWithHash = """
        SELECT r.item_id, r.decision FROM item_results r JOIN items i ON i.id = r.item_id AND i.result_version = r.pipeline_version
        WHERE r.dedup_hash = @Hash AND r.item_id <> @Id AND i.state <> @Withdrawn
        ORDER BY r.item_id LIMIT 1
        """;
    private const string LockDedupHash = "SELECT pg_advisory_xact_lock(hashtextextended(@Hash, 0))";
    private const string InsertMinHash = "INSERT INTO item_minhash (item_id, fingerprints) VALUES (@ItemId, @Fingerprints) ON CONFLICT (item_id) DO NOTHING";
    // The earliest few items of each shared band (an index range walk per band, never a sort of a
    // whole cluster), so a post copied thousands of times costs the same as a unique one.
    private const int CandidatesPerBand = 16;
    private static readonly ConcurrentDictionary<int, string> CandidatesByBandCount = new();
    private static readonly ConcurrentDictionary<int, string> InsertBandsByCount = new();

    private static string Candidates(int bands) => CandidatesByBandCount.GetOrAdd(bands, count =>
        "SELECT m.item_id, m.fingerprints FROM item_minhash m JOIN items i ON i.id = m.item_id WHERE i.state <> @Withdrawn AND m.item_id IN ("
        + string.Join(" UNION ", Enumerable.Range(0, count).Select(band =>
            $"SELECT item_id FROM (SELECT item_id FROM item_bands WHERE band_key = @K{band} AND item_id <> @Id ORDER BY item_id LIMIT {CandidatesPerBand}) b{band}"))
        + ")");

    // One statement for all bands of an item: a round trip per band made processing wait on the database.
    private static string InsertBands(int bands) => InsertBandsByCount.GetOrAdd(bands, count =>
        "INSERT INTO item_bands (band_key, item_id) VALUES " + string.Join(", ", Enumerable.Range(0, count).Select(i => $"(@K{i}, @ItemId)")));

    public Task<ResultRecord?> FindCurrentAsync(string itemId, CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<ResultRecord>(new CommandDefinition(SelectCurrent, new { Id = itemId }, cancellationToken: cancellationToken)), cancellationToken);

    public Task<DuplicateMatch?> FindFirstWithHashAsync(string hash, string itemId, CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<DuplicateMatch>(new CommandDefinition(FirstWithHash,
            new { Hash = hash, Id = itemId, ItemStates.Withdrawn }, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>Earlier items sharing a MinHash band with these keys, with their fingerprints.</summary>
    public Task<IReadOnlyList<(string ItemId, byte[] Fingerprints)>> FindBandCandidatesAsync(IReadOnlyList<long> keys, string itemId, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return Task.FromResult<IReadOnlyList<(string, byte[])>>([]);
        var args = new DynamicParameters(new { Id = itemId, ItemStates.Withdrawn });
        for (var i = 0; i < keys.Count; i++) args.Add($"K{i}", keys[i]);
        return transactions.ReadAsync<IReadOnlyList<(string, byte[])>>(async c =>
            (await c.QueryAsync<(string, byte[])>(new CommandDefinition(Candidates(keys.Count), args, cancellationToken: cancellationToken))).AsList(), cancellationToken);
    }

    /// <summary>
    /// Stores a leased item's result and moves it on, in one transaction. False when the lease was
    /// lost (another worker took the item, or its contributor withdrew): then nothing is written.
    /// </summary>
    /// <remarks>
    /// With <paramref name="checkExactDuplicate"/>, a result is written only if the earliest exact copy now stored
    /// is the one it was scored against (or none exists); items with the same dedup hash complete one at a time (an advisory lock on
    /// PostgreSQL, the single writer on SQLite). Otherwise <see cref="DuplicateAppearedException"/> is thrown.
    /// </remarks>
    public Task<bool> CompleteAsync(string owner, ResultRecord result, string state, MinHashRow? minHash,
        IReadOnlyList<ItemRecord> children, ItemStore items, DateTimeOffset now, CancellationToken cancellationToken,
        bool checkExactDuplicate = false) =>
        transactions.RunAsync(async (c, t) =>
        {
            var moved = await c.ExecuteAsync(new CommandDefinition(CompleteLeased, new
            {
                State = state, Version = result.PipelineVersion, Now = DbTime.Format(now), Id = result.ItemId, Owner = owner, ItemStates.Received,
            }, t, cancellationToken: cancellationToken));
            if (moved == 0) return false;
            if (checkExactDuplicate && result.DedupHash is { } hash)
            {
                if (transactions.Connections.Dialect == SqlDialect.Postgres)
                    await c.ExecuteAsync(new CommandDefinition(LockDedupHash, new { Hash = hash }, t, cancellationToken: cancellationToken));
                var copy = await c.QuerySingleOrDefaultAsync<DuplicateMatch>(new CommandDefinition(FirstWithHash,
                    new { Hash = hash, Id = result.ItemId, ItemStates.Withdrawn }, t, cancellationToken: cancellationToken));
                // A result pointing at a near copy (or at nothing) was scored without this exact copy.
                if (copy is not null && copy.ItemId != result.DuplicateOf) throw new DuplicateAppearedException(result.ItemId, copy.ItemId);
            }
            await WriteAsync(c, t, result, minHash, cancellationToken);
            if (children.Count > 0) await items.InsertManyAsync(c, t, children, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>Stores a newer pipeline's result for an already scored item and points the item at it; the old result stays.</summary>
    public Task<bool> SaveRescoreAsync(ResultRecord result, string state, MinHashRow? minHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        transactions.RunAsync(async (c, t) =>
        {
            var moved = await c.ExecuteAsync(new CommandDefinition(Rescored, new
            {
                State = state, Version = result.PipelineVersion, Now = DbTime.Format(now), Id = result.ItemId,
                ItemStates.Accepted, ItemStates.Flagged, ItemStates.Rejected,
            }, t, cancellationToken: cancellationToken));
            if (moved == 0) return false;
            await WriteAsync(c, t, result, minHash, cancellationToken);
            return true;
        }, cancellationToken);

    private static async Task WriteAsync(DbConnection c, DbTransaction t, ResultRecord result, MinHashRow? minHash, CancellationToken cancellationToken)
    {
        await c.ExecuteAsync(new CommandDefinition(InsertResult, result, t, cancellationToken: cancellationToken));
        if (minHash is null) return;
        // A rescore of an item already indexed keeps its bands.
        var added = await c.ExecuteAsync(new CommandDefinition(InsertMinHash, new { minHash.ItemId, minHash.Fingerprints }, t, cancellationToken: cancellationToken));
        if (added == 0 || minHash.BandKeys.Count == 0) return;
        var bands = new DynamicParameters(new { minHash.ItemId });
        for (var i = 0; i < minHash.BandKeys.Count; i++) bands.Add($"K{i}", minHash.BandKeys[i]);
        await c.ExecuteAsync(new CommandDefinition(InsertBands(minHash.BandKeys.Count), bands, t, cancellationToken: cancellationToken));
    }
}
