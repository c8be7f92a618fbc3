namespace Corpus.Data.Processing;

/// <summary>
/// One row of <c>item_results</c>: what one pipeline version made of one item. Rows are never
/// replaced; a newer pipeline adds its own and the item points at the one in force.
/// </summary>
public sealed record ResultRecord
{
    public required string ItemId { get; init; }
    public required string PipelineVersion { get; init; }
    public string? NormalizerVersion { get; init; }
    public string? AudioVersion { get; init; }
    public string? LanguageVersion { get; init; }
    public required string ScorerVersion { get; init; }
    public string? DisplayText { get; init; }
    public string? MatchKey { get; init; }
    public string? Script { get; init; }
    public string? Language { get; init; }
    public double? LanguageProbability { get; init; }
    public string? NormalizedJson { get; init; }
    public string? AudioJson { get; init; }
    public string? NormalizedSha256 { get; init; }
    public long? DurationMs { get; init; }
    public required double Score { get; init; }
    public required string Decision { get; init; }
    public required string FlagsJson { get; init; }
    public string? DedupHash { get; init; }
    public string? DuplicateOf { get; init; }
    public required string CreatedAt { get; init; }
}
