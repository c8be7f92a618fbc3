using System.Globalization;
using Dapper;
using Corpus.Core.Ingestion;
using Corpus.Data.Storage;

namespace Corpus.Data.Export;

/// <summary>Reads what a release may contain and records the releases built.</summary>
public sealed class ReleaseStore(Transactions transactions)
{
    // Only items settled as accepted, received by the cut-off, whose contributor has not withdrawn.
    // Recordings need their normalized clip and a transcript (their own or one fixed in review); split
    // recordings are containers and stay out (their segments are items of their own).
    private const string CandidatesTemplate = """
        SELECT i.id AS Id, i.kind AS Kind, i.contributor_id AS ContributorId, i.token_id AS TokenId, i.source AS Source,
               i.licence AS Licence, i.platform AS Platform, i.author_hash AS AuthorHash,
               r.display_text AS DisplayText, r.script AS Script, r.language AS Language,
               r.language_probability AS LanguageProbability, {0} AS TextArabic,
               r.normalized_sha256 AS NormalizedSha256, r.duration_ms AS DurationMs, r.score AS Score,
               r.pipeline_version AS PipelineVersion, r.normalizer_version AS NormalizerVersion,
               r.audio_version AS AudioVersion, r.language_version AS LanguageVersion, r.scorer_version AS ScorerVersion,
               c.age_bracket AS AgeBracket, c.gender AS Gender, c.region AS Region, i.review_text AS ReviewText,
               (SELECT COUNT(*) FROM review_decisions d WHERE d.item_id = i.id AND d.decision IN ('approve', 'fix')) AS UpVotes,
               (SELECT COUNT(*) FROM review_decisions d WHERE d.item_id = i.id AND d.decision = 'reject') AS DownVotes
        FROM items i
        JOIN item_results r ON r.item_id = i.id AND r.pipeline_version = i.result_version
        LEFT JOIN contributors c ON c.id = i.contributor_id
        WHERE i.state = @Accepted AND i.created_at <= @CutOff
          AND (i.contributor_id IS NULL OR c.withdrawn_at IS NULL)
          AND (i.kind <> @Recording OR (r.normalized_sha256 IS NOT NULL AND COALESCE(i.review_text, r.display_text, '') <> ''))
          AND (i.kind = @Recording OR COALESCE(i.review_text, r.display_text, '') <> '')
        ORDER BY i.id
        """;
    // Only the transliteration is needed from the stored normalized forms; reading just it keeps a large release's rows small.
    private static readonly string CandidatesSqlite = string.Format(CultureInfo.InvariantCulture, CandidatesTemplate, "json_extract(r.normalized_json, '$.arabic')");
    private static readonly string CandidatesPostgres = string.Format(CultureInfo.InvariantCulture, CandidatesTemplate, "(r.normalized_json::jsonb ->> 'arabic')");
    private const string ReleaseColumns = """
        SELECT version AS Version, name AS Name, parent_version AS ParentVersion, cut_off AS CutOff,
               manifest_sha256 AS ManifestSha256, created_at AS CreatedAt
        FROM releases
        """;
    private const string Latest = ReleaseColumns + " ORDER BY created_at DESC, version DESC LIMIT 1";
    private const string ByVersion = ReleaseColumns + " WHERE version = @Version";
    private const string All = ReleaseColumns + " ORDER BY created_at, version";
    private const string ItemsOf = """
        SELECT item_id AS ItemId, split AS Split, checksum AS Checksum FROM release_items WHERE version = @Version ORDER BY item_id
        """;
    private const string StateOf = "SELECT id AS Id, state AS State FROM items WHERE id = @Id";
    private const string InsertRelease = """
        INSERT INTO releases (version, name, parent_version, cut_off, manifest_sha256, created_at)
        VALUES (@Version, @Name, @ParentVersion, @CutOff, @ManifestSha256, @CreatedAt)
        """;
    private const string InsertItem = """
        INSERT INTO release_items (version, item_id, split, checksum) VALUES (@Version, @ItemId, @Split, @Checksum)
        """;

    public Task<IReadOnlyList<ReleaseCandidate>> CandidatesAsync(string cutOff, CancellationToken cancellationToken) =>
        transactions.ReadAsync<IReadOnlyList<ReleaseCandidate>>(async c =>
            [.. await c.QueryAsync<ReleaseCandidate>(new CommandDefinition(
                transactions.Connections.Dialect == SqlDialect.Postgres ? CandidatesPostgres : CandidatesSqlite,
                new { ItemStates.Accepted, CutOff = cutOff, Recording = ItemKinds.Recording }, cancellationToken: cancellationToken))],
            cancellationToken);

    public Task<ReleaseRecord?> LatestAsync(CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<ReleaseRecord>(new CommandDefinition(Latest, cancellationToken: cancellationToken)), cancellationToken);

    public Task<ReleaseRecord?> FindAsync(string version, CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<ReleaseRecord>(
            new CommandDefinition(ByVersion, new { Version = version }, cancellationToken: cancellationToken)), cancellationToken);

    public Task<IReadOnlyList<ReleaseRecord>> ListAsync(CancellationToken cancellationToken) =>
        transactions.ReadAsync<IReadOnlyList<ReleaseRecord>>(async c =>
            [.. await c.QueryAsync<ReleaseRecord>(new CommandDefinition(All, cancellationToken: cancellationToken))], cancellationToken);

    public Task<IReadOnlyList<ReleasedItem>> ItemsAsync(string version, CancellationToken cancellationToken) =>
        transactions.ReadAsync<IReadOnlyList<ReleasedItem>>(async c =>
            [.. await c.QueryAsync<ReleasedItem>(new CommandDefinition(ItemsOf, new { Version = version }, cancellationToken: cancellationToken))],
            cancellationToken);

    /// <summary>The current state of each item (withdrawn, rejected, ...); ids no longer present are left out.</summary>
    public Task<IReadOnlyDictionary<string, string>> StatesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        transactions.ReadAsync<IReadOnlyDictionary<string, string>>(async c =>
        {
            var states = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                var row = await c.QuerySingleOrDefaultAsync<(string Id, string State)?>(
                    new CommandDefinition(StateOf, new { Id = id }, cancellationToken: cancellationToken));
                if (row is { } found) states[found.Id] = found.State;
            }
            return states;
        }, cancellationToken);

    public async Task RecordAsync(ReleaseRecord release, IReadOnlyList<ReleasedItem> items, CancellationToken cancellationToken)
    {
        try
        {
            await transactions.RunAsync(async (c, tx) =>
            {
                await c.ExecuteAsync(new CommandDefinition(InsertRelease, release, tx, cancellationToken: cancellationToken));
                await c.ExecuteAsync(new CommandDefinition(InsertItem,
                    items.Select(i => new { release.Version, i.ItemId, i.Split, i.Checksum }), tx, cancellationToken: cancellationToken));
            }, cancellationToken);
        }
        catch (Exception e) when (transactions.Connections.IsUniqueViolation(e))
        {
            throw new ReleaseRefusedException($"release {release.Version} was recorded by another build at the same time; build it again to reproduce that one");
        }
    }
}
