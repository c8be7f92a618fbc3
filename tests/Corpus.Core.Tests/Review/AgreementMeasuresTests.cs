using Corpus.Core.Review;

namespace Corpus.Core.Tests.Review;

[TestFixture]
public sealed class AgreementMeasuresTests
{
    [Test]
    public void Measure_TwoAnnotatorsDisagreeingOnOneItemOfFour_GivesAlphaEightFifteenths()
    {
        // Worked by hand: o(a,a)=4, o(b,b)=2, o(a,b)=o(b,a)=1; n_a=5, n_b=3, n=8; alpha = 1 - 2 / (30/7) = 8/15.
        var result = AgreementMeasures.Measure([["a", "a"], ["a", "a"], ["b", "b"], ["a", "b"]]);

        Assert.That(result.Items, Is.EqualTo(4));
        Assert.That(result.PairwiseAgreement, Is.EqualTo(0.75));
        Assert.That(result.KrippendorffAlpha, Is.EqualTo(0.5333).Within(0.0001));
    }

    [Test]
    public void Measure_KrippendorffsNominalExample_MatchesThePublishedAlpha()
    {
        // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example with missing values:
        // 4 observers, 12 units, alpha = 0.743.
        string?[][] table =
        [
            ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
            ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
            [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
            ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
        ];
        var units = Enumerable.Range(0, 12)
            .Select(u => (IReadOnlyList<string>)table.Select(observer => observer[u]).OfType<string>().ToList())
            .ToList();

        var result = AgreementMeasures.Measure(units);

        Assert.That(result.Items, Is.EqualTo(11), "a unit with one value is not pairable");
        Assert.That(result.KrippendorffAlpha, Is.EqualTo(0.743).Within(0.0005));
    }

    [Test]
    public void Measure_NothingPairable_OrOneLabelOnly_HasNoAlpha()
    {
        Assert.That(AgreementMeasures.Measure([["a"]]).KrippendorffAlpha, Is.Null);
        var unanimous = AgreementMeasures.Measure([["a", "a"], ["a", "a", "a"]]);
        Assert.That(unanimous.PairwiseAgreement, Is.EqualTo(1.0));
        Assert.That(unanimous.KrippendorffAlpha, Is.Null);
    }
}
