namespace Corpus.Data.Review;

/// <summary>An item leased to one annotator until <paramref name="LeaseUntil"/>, and how many decisions it already has.</summary>
public sealed record ReviewClaim(string ItemId, string LeaseUntil, long DecisionsSoFar);
