namespace Corpus.Server.Review;

/// <summary>An annotator asking for work: how many items at most (default 10).</summary>
public sealed record ClaimRequest(int? Count = null);
