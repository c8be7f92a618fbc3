namespace Corpus.Server.Review;

/// <summary>The items an annotator holds after a claim, and how many flagged items wait for review in all.</summary>
public sealed record ReviewBatch(IReadOnlyList<ReviewItemView> Items, long Waiting);
