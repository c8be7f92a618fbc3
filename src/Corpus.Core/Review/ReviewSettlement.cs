using Corpus.Core.Ingestion;

namespace Corpus.Core.Review;

/// <summary>
/// The settlement rule of DESIGN §5: k agreeing decisions settle an item. Approve and fix agree with each
/// other; a disagreement leaves the item open for one more annotator, whose decision makes k on one side.
/// </summary>
public static class ReviewSettlement
{
    public static ReviewOutcome Decide(IReadOnlyList<ReviewVote> votes, int agreementsToSettle)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(agreementsToSettle, 1);
        var accepts = votes.Count(v => ReviewDecisionKinds.Accepts(v.Decision));
        var rejects = votes.Count - accepts;
        if (accepts >= agreementsToSettle)
        {
            // The latest fix wins: a later annotator saw the item with the same evidence and edited last.
            var fixedText = votes.LastOrDefault(v => v.Decision == ReviewDecisionKinds.Fix)?.FixedText;
            return new ReviewOutcome(ItemStates.Accepted, fixedText, null, accepts, rejects);
        }
        if (rejects >= agreementsToSettle)
        {
            // GroupBy keeps first-appearance order and OrderByDescending is stable: a tie goes to the reason given first.
            var reason = votes.Where(v => v.Decision == ReviewDecisionKinds.Reject)
                .GroupBy(v => v.Reason ?? "other")
                .OrderByDescending(g => g.Count())
                .First().Key;
            return new ReviewOutcome(ItemStates.Rejected, null, reason, accepts, rejects);
        }
        return new ReviewOutcome(null, null, null, accepts, rejects);
    }

    /// <summary>How many more decisions the item needs at least: k minus the larger side.</summary>
    public static int StillNeeded(int accepts, int rejects, int agreementsToSettle) =>
        Math.Max(0, agreementsToSettle - Math.Max(accepts, rejects));
}
