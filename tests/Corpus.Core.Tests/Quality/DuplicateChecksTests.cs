using Corpus.Core.Normalization;
using Corpus.Core.Quality;
using Corpus.Core.Quality.Duplicates;

namespace Corpus.Core.Tests.Quality;

/// <summary>The whole duplicate path a processing worker follows: normalize, exact key, near-duplicate index, score.</summary>
[TestFixture]
public sealed class DuplicateChecksTests
{
    private const string First =
        "سلام، واش كاين شي واحد عارف فين نقدر نلقى شي طبيب أسنان مزيان فالرباط؟ راه ضرني بزاف من البارح";
    private const string NearCopy =
        "سلام واش كاين شي واحد عارف فين نقدر نلقى شي طبيب اسنان مزيان فرباط؟ راه ضرني بزااااااف من البارح";

    private QualityScorer scorer = null!;

    [OneTimeSetUp]
    public void CreateScorer() => scorer = new QualityScorer(new QualityScorerOptions(), TrainedLanguageModel.Identifier);

    [Test]
    public void Score_ExactReupload_IsFlaggedPointingAtTheFirstItem()
    {
        var first = TextNormalizer.Normalize(First, TextKind.Social);
        var again = TextNormalizer.Normalize(First + " ", TextKind.Social);
        Assert.That(ExactDuplicateKey.Compute(again.Key), Is.EqualTo(ExactDuplicateKey.Compute(first.Key)));

        var result = scorer.Score(new QualityInput
        {
            Text = again,
            ExactDuplicateOf = new DuplicateReference("item-1", QualityDecisions.Accepted),
        });

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(result.Flags.Single(f => f.Name == QualityFlags.ExactDuplicate).Reason, Does.Contain("item-1"));
    }

    [Test]
    public void Score_NearCopyWithRespelledWordElongationAndAlef_IsFlaggedAsNearDuplicateOfTheFirstItem()
    {
        using var index = new NearDuplicateIndex();
        var first = TextNormalizer.Normalize(First, TextKind.Social);
        index.Add("item-1", MinHasher.Compute(first.Key));
        index.Add("item-2", MinHasher.Compute(TextNormalizer.Normalize("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ ⵎⴰⵏⵣⴰⴽⵉⵏ", TextKind.Social).Key));
        var copy = TextNormalizer.Normalize(NearCopy, TextKind.Social);
        Assert.That(ExactDuplicateKey.Compute(copy.Key), Is.Not.EqualTo(ExactDuplicateKey.Compute(first.Key)));

        var matches = index.Add("item-3", MinHasher.Compute(copy.Key));
        var result = scorer.Score(new QualityInput
        {
            Text = copy,
            NearDuplicatesOf = [.. matches.Select(m => new DuplicateReference(index.GroupOf(m.ItemId), QualityDecisions.Accepted, m.Jaccard))],
        });

        Assert.That(matches.Select(m => m.ItemId), Is.EqualTo(new[] { "item-1" }));
        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(result.Flags.Single(f => f.Name == QualityFlags.NearDuplicate).Reason, Does.Contain("item-1"));
        Assert.That(index.GroupOf("item-3"), Is.EqualTo("item-1"));
    }

    [Test]
    public void Score_ExactCopyOfARejectedItem_IsRejected()
    {
        var result = scorer.Score(new QualityInput
        {
            Text = TextNormalizer.Normalize(First, TextKind.Social),
            ExactDuplicateOf = new DuplicateReference("item-9", QualityDecisions.Rejected),
        });

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Rejected));
        Assert.That(result.HasFlag(QualityFlags.ExactDuplicateOfRejected), Is.True);
    }
}
