using Corpus.Core.Quality.Duplicates;

namespace Corpus.Core.Tests.Quality.Duplicates;

[TestFixture]
public sealed class MinHasherTests
{
    private const string Post = "wach kayn chi wahed ya3ref fin kayn mahal dyal tsla7 dyal telephonat f casa";

    [Test]
    public void Compute_SameKey_GivesEqualSignatures()
    {
        var first = MinHasher.Compute(Post);
        var second = MinHasher.Compute(new string(Post.ToCharArray()));

        Assert.That(first.Values.SequenceEqual(second.Values), Is.True);
        Assert.That(first.BandHashes(), Is.EqualTo(second.BandHashes()));
    }

    [Test]
    public void Compute_OneWordChanged_EstimatesHighSimilarity()
    {
        var copy = Post.Replace("casa", "rbat");

        var jaccard = MinHasher.Compute(Post).EstimateJaccard(MinHasher.Compute(copy));

        Assert.That(jaccard, Is.GreaterThan(MinHashScheme.LshThreshold));
    }

    [Test]
    public void Compute_UnrelatedPosts_EstimatesLowSimilarity()
    {
        var other = "chkoun li ghadi yji l match dyal lwidad had sebt f stade mohammed lkhames";

        var jaccard = MinHasher.Compute(Post).EstimateJaccard(MinHasher.Compute(other));

        Assert.That(jaccard, Is.LessThan(0.2));
    }

    [Test]
    public void Compute_LongTexts_UseWordShinglesSoReorderedSentencesDiffer()
    {
        var words = Enumerable.Range(0, 40).Select(i => $"kalma{i}").ToArray();
        var text = string.Join(' ', words);
        var shuffled = string.Join(' ', words.Reverse());

        var jaccard = MinHasher.Compute(text).EstimateJaccard(MinHasher.Compute(shuffled));

        Assert.That(jaccard, Is.LessThan(0.05));
    }

    [Test]
    public void Compute_KnownKey_GivesTheSameBandHashAsEarlierReleases()
    {
        // Signatures are persisted; this pins the hashing so a change is noticed and versioned.
        var bands = MinHasher.Compute("salam 3likoum").BandHashes();

        Assert.That(bands[0], Is.EqualTo(PinnedFirstBand));
    }

    private const ulong PinnedFirstBand = 3466208371511285303UL;
}
