namespace Corpus.Data.Review;

/// <summary>One row of <c>review_decisions</c>.</summary>
public sealed record ReviewDecisionRecord
{
    public required string Id { get; init; }
    public required string ItemId { get; init; }
    public required string Annotator { get; init; }
    public required string Decision { get; init; }
    public string? Reason { get; init; }
    public string? Note { get; init; }
    public string? FixedText { get; init; }
    public required string ClaimedAt { get; init; }
    public required string DecidedAt { get; init; }
    public long DurationMs { get; init; }
}
