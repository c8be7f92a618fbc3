namespace Corpus.Data.Review;

/// <summary>
/// One annotator's record: decisions made, how many of their decisions on settled items matched the outcome,
/// and the median time taken per decision.
/// </summary>
public sealed record AnnotatorStats(string Annotator, string? Label, int Decisions, int OnSettled, int Agreed, double? Agreement, long MedianDurationMs);
