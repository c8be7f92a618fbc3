namespace Corpus.Server.Review;

/// <summary>The decision as stored, and where the item stands: settled (accepted/rejected) or still waiting.</summary>
public sealed record DecisionView(string ItemId, string Decision, string? Reason, string State, bool Settled, int Accepts, int Rejects, long DurationMs);
