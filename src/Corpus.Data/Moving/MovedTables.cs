using static Corpus.Data.Moving.MovedColumn;

namespace Corpus.Data.Moving;

/// <summary>
/// Every table an install keeps data in, as steps in an order that satisfies the foreign keys: parents before
/// children, and items without a parent before the segments cut from them. <c>schema_journal</c> is not moved:
/// the target keeps its own.
/// </summary>
public static class MovedTables
{
    private static readonly MovedColumn[] ItemColumns =
    [
        Text("id"), Text("kind"), Text("state"), Text("contributor_id"), Text("token_id"), Text("raw_text"), Text("source"),
        Text("licence"), Text("platform"), Text("posted_at"), Text("url"), Text("author_hash"), Text("prompt_id"),
        Text("blob_sha256"), Integer("blob_size"), Text("audio_format"), Integer("audio_sample_rate"), Integer("audio_channels"),
        Integer("audio_bits"), Integer("audio_duration_ms"), Text("content_hash"), Text("parent_id"), Text("created_at"),
        Text("updated_at"), Text("lease_owner"), Text("lease_until"), Text("result_version"), Integer("attempts"), Text("last_error"),
        Text("reviewed_at"), Text("review_text"),
    ];

    public static IReadOnlyList<MovedTable> Steps { get; } =
    [
        new("contributors", "contributors",
            [Text("id"), Text("consent_version"), Text("consented_at"), Text("withdrawn_at"), Text("age_bracket"), Text("gender"),
             Text("region"), Text("languages"), Text("created_at")], ["id"], 1),
        new("tokens", "tokens",
            [Text("id"), Text("token_hash"), Text("role"), Text("contributor_id"), Text("label"), Text("created_at"), Text("revoked_at")], ["id"], 1),
        new("prompts", "prompts",
            [Text("id"), Text("text"), Text("source"), Text("licence"), Integer("active"), Text("created_at")], ["id"], 1),
        // Segments are cut from a parent recording, so parents go first whatever their ids.
        new("items", "items without parent", ItemColumns, ["id"], 1, "parent_id IS NULL"),
        new("items", "items with parent", ItemColumns, ["id"], 1, "parent_id IS NOT NULL"),
        new("item_results", "item_results",
            [Text("item_id"), Text("pipeline_version"), Text("normalizer_version"), Text("audio_version"), Text("language_version"),
             Text("scorer_version"), Text("display_text"), Text("match_key"), Text("script"), Text("language"),
             Real("language_probability"), Text("normalized_json"), Text("audio_json"), Text("normalized_sha256"),
             Integer("duration_ms"), Real("score"), Text("decision"), Text("flags_json"), Text("dedup_hash"),
             Text("duplicate_of"), Text("created_at")], ["item_id", "pipeline_version"], 2),
        new("item_minhash", "item_minhash", [Text("item_id"), Bytes("fingerprints")], ["item_id"], 1),
        // No primary key: an item's bands are written together, so they are resumed item by item.
        new("item_bands", "item_bands", [Integer("band_key"), Text("item_id")], ["item_id", "band_key"], 1),
        new("idempotency_keys", "idempotency_keys",
            [Text("principal"), Text("key_hash"), Text("request_hash"), Integer("status_code"), Text("response"), Text("created_at")],
            ["principal", "key_hash"], 2),
        new("instance_secrets", "instance_secrets", [Text("name"), Text("value"), Text("created_at")], ["name"], 1),
        new("releases", "releases",
            [Text("version"), Text("name"), Text("parent_version"), Text("cut_off"), Text("manifest_sha256"), Text("created_at")], ["version"], 1),
        new("review_claims", "review_claims", [Text("item_id"), Text("annotator"), Text("claimed_at"), Text("lease_until"), Integer("passed")],
            ["item_id", "annotator"], 2),
        new("review_decisions", "review_decisions",
            [Text("id"), Text("item_id"), Text("annotator"), Text("decision"), Text("reason"), Text("note"), Text("fixed_text"),
             Text("claimed_at"), Text("decided_at"), Integer("duration_ms")], ["id"], 1),
        new("release_items", "release_items", [Text("version"), Text("item_id"), Text("split"), Text("checksum")], ["version", "item_id"], 2),
    ];

    /// <summary>The distinct table names, in copy order.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. Steps.Select(s => s.Table).Distinct()];
}
