using Corpus.Core.Ingestion;
using Corpus.Core.Review;

namespace Corpus.Core.Tests.Review;

[TestFixture]
public sealed class ReviewSettlementTests
{
    private static ReviewVote Approve(string who) => new(who, ReviewDecisionKinds.Approve, null, null);
    private static ReviewVote Fix(string who, string text) => new(who, ReviewDecisionKinds.Fix, null, text);
    private static ReviewVote Reject(string who, string reason) => new(who, ReviewDecisionKinds.Reject, reason, null);

    [Test]
    public void Decide_OneApprovalOfTwoNeeded_StaysOpen()
    {
        var outcome = ReviewSettlement.Decide([Approve("a")], 2);

        Assert.That(outcome.Settled, Is.False);
        Assert.That(ReviewSettlement.StillNeeded(outcome.Accepts, outcome.Rejects, 2), Is.EqualTo(1));
    }

    [Test]
    public void Decide_ApproveAndFix_AgreeAndSettleAccepted_WithTheFixedText()
    {
        var outcome = ReviewSettlement.Decide([Approve("a"), Fix("b", "الجو زوين")], 2);

        Assert.That(outcome.State, Is.EqualTo(ItemStates.Accepted));
        Assert.That(outcome.FixedText, Is.EqualTo("الجو زوين"));
    }

    [Test]
    public void Decide_TwoFixes_TheLaterFixWins()
    {
        var outcome = ReviewSettlement.Decide([Fix("a", "first"), Fix("b", "second")], 2);

        Assert.That(outcome.FixedText, Is.EqualTo("second"));
    }

    [Test]
    public void Decide_ApproveThenReject_IsADisagreementThatNeedsOneMore()
    {
        var open = ReviewSettlement.Decide([Approve("a"), Reject("b", "misread")], 2);
        var settled = ReviewSettlement.Decide([Approve("a"), Reject("b", "misread"), Reject("c", "bad_audio")], 2);

        Assert.That(open.Settled, Is.False);
        Assert.That(ReviewSettlement.StillNeeded(open.Accepts, open.Rejects, 2), Is.EqualTo(1));
        Assert.That(settled.State, Is.EqualTo(ItemStates.Rejected));
        Assert.That(settled.Reason, Is.EqualTo("misread"), "on a tie between reasons, the first one given");
    }

    [Test]
    public void Decide_MostCommonRejectReason_IsTheOutcomesReason()
    {
        var outcome = ReviewSettlement.Decide([Reject("a", "pii"), Reject("b", "offensive"), Reject("c", "offensive")], 3);

        Assert.That(outcome.Reason, Is.EqualTo("offensive"));
    }

    [Test]
    public void Decide_KOfOne_SettlesOnTheFirstDecision()
    {
        Assert.That(ReviewSettlement.Decide([Reject("a", "duplicate")], 1).State, Is.EqualTo(ItemStates.Rejected));
        Assert.That(ReviewSettlement.Decide([Approve("a")], 1).State, Is.EqualTo(ItemStates.Accepted));
        Assert.That(() => ReviewSettlement.Decide([], 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
