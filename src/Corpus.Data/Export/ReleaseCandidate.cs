namespace Corpus.Data.Export;

/// <summary>An accepted, consented item with its current result and its contributor's demographics.</summary>
public sealed record ReleaseCandidate
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string? ContributorId { get; init; }
    public string? TokenId { get; init; }
    public string? Source { get; init; }
    public string? Licence { get; init; }
    public string? Platform { get; init; }
    public string? AuthorHash { get; init; }
    public string? DisplayText { get; init; }
    public string? Script { get; init; }
    public string? Language { get; init; }
    public double? LanguageProbability { get; init; }
    /// <summary>The Arabic-script transliteration of an Arabizi text, from the stored normalized forms.</summary>
    public string? TextArabic { get; init; }
    public string? NormalizedSha256 { get; init; }
    public long? DurationMs { get; init; }
    public double Score { get; init; }
    public required string PipelineVersion { get; init; }
    public string? NormalizerVersion { get; init; }
    public string? AudioVersion { get; init; }
    public string? LanguageVersion { get; init; }
    public required string ScorerVersion { get; init; }
    public string? AgeBracket { get; init; }
    public string? Gender { get; init; }
    public string? Region { get; init; }
    /// <summary>The text or transcript as fixed in review, raw; null when review did not edit it.</summary>
    public string? ReviewText { get; init; }
    /// <summary>Review decisions that approved (or fixed) the item.</summary>
    public long UpVotes { get; init; }
    /// <summary>Review decisions that rejected the item.</summary>
    public long DownVotes { get; init; }
}
