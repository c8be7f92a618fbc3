using Corpus.Core.Review;

namespace Corpus.Data.Review;

/// <summary>What recording a decision did: refused (and why), or stored, with where the item now stands.</summary>
public sealed record DecisionResult(DecisionRefusal? Refusal, ReviewDecisionRecord? Decision, ReviewOutcome? Outcome, string? State, bool Repeated);

/// <summary>Why a decision was not recorded.</summary>
public enum DecisionRefusal
{
    /// <summary>The annotator holds no live claim on the item (never claimed, expired, or given back).</summary>
    NoClaim,
    /// <summary>The annotator already decided this item differently.</summary>
    AlreadyDecided,
    /// <summary>The item is no longer waiting for review (settled, withdrawn or gone).</summary>
    NotInReview,
}
