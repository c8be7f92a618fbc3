namespace Corpus.Core.Review;

/// <summary>One annotator's decision as the settlement rule sees it, in the order they were made.</summary>
public sealed record ReviewVote(string Annotator, string Decision, string? Reason, string? FixedText);
