using Corpus.Core.Normalization;
using Corpus.Core.Quality.LanguageId;

namespace Corpus.Core.Tests.Quality.LanguageId;

[TestFixture]
public sealed class LanguageFeaturizerTests
{
    private static SparseFeatures Featurize(string raw)
    {
        var text = TextNormalizer.Normalize(raw, TextKind.Social);
        var features = new SparseFeatures();
        LanguageFeaturizer.Featurize(text.Display, text.Key, features);
        return features;
    }

    [Test]
    public void Featurize_AnyText_GivesSortedDistinctIndicesWithUnitLengthNGrams()
    {
        var features = Featurize("wach nta mzyan? 3lach ma jitich lbare7");
        var indices = features.Indices[..features.Count];
        var hashed = Enumerable.Range(0, features.Count).Where(i => indices[i] < LanguageFeaturizer.HashedDimension);

        Assert.That(indices, Is.Ordered.Ascending.And.Unique);
        Assert.That(hashed.Sum(i => features.Values[i] * features.Values[i]), Is.EqualTo(1).Within(1e-4));
    }

    [Test]
    public void Measure_ArabiziWithDigits_SetsArabiziAndDarijaMarkerShares()
    {
        var shape = DisplayShape.Measure("3lach ma jitich lbare7 a sa7bi", TextNormalizer.MatchKey("3lach ma jitich lbare7 a sa7bi"));

        Assert.That(shape.ArabiziTokenShare, Is.EqualTo(0.5));
        Assert.That(shape.DarijaMarkerCount, Is.EqualTo(1));
        Assert.That(shape.LatinLetterShare, Is.EqualTo(1));
    }

    [Test]
    public void Measure_StandardArabicFunctionWords_SetStandardArabicMarkerShare()
    {
        const string text = "هذا الكتاب الذي قرأته ليس جديدا";
        var shape = DisplayShape.Measure(text, TextNormalizer.MatchKey(text));

        Assert.That(shape.StandardArabicMarkerShare, Is.EqualTo(3 / 6f).Within(1e-6));
        Assert.That(shape.ArabicLetterShare, Is.EqualTo(1));
    }
}
