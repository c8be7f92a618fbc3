using Corpus.Core.Quality.Duplicates;
using Corpus.Testing;

namespace Corpus.Core.Tests.Quality.Duplicates;

[TestFixture]
public sealed class NearDuplicateIndexTests
{
    private const string First = "wach kayn chi wahed ya3ref fin kayn mahal dyal tsla7 dyal telephonat f casa";
    private const string NearCopy = "wach kayn chi wahed ya3ref fin kayn mahal dyal tsla7 dyal telephonat f rbat";
    private const string Unrelated = "chkoun li ghadi yji l match dyal lwidad had sebt f stade mohammed lkhames";

    [Test]
    public void Add_NearCopy_ReturnsTheFirstItem()
    {
        using var index = new NearDuplicateIndex();
        index.Add("a", MinHasher.Compute(First));
        index.Add("b", MinHasher.Compute(Unrelated));

        var found = index.Add("c", MinHasher.Compute(NearCopy));

        Assert.That(found.Select(c => c.ItemId), Is.EqualTo(new[] { "a" }));
        Assert.That(found[0].Jaccard, Is.GreaterThanOrEqualTo(MinHashScheme.LshThreshold));
    }

    [Test]
    public void Add_UnrelatedPost_ReturnsNothing()
    {
        using var index = new NearDuplicateIndex();
        index.Add("a", MinHasher.Compute(First));

        Assert.That(index.Add("b", MinHasher.Compute(Unrelated)), Is.Empty);
    }

    [Test]
    public void GroupOf_CopiesOfCopies_PointsAtTheEarliestItem()
    {
        using var index = new NearDuplicateIndex();
        index.Add("a", MinHasher.Compute(First));
        index.Add("b", MinHasher.Compute(NearCopy));
        index.Add("c", MinHasher.Compute(NearCopy.Replace("telephonat", "telephone")));

        Assert.That(index.GroupOf("c"), Is.EqualTo("a"));
        Assert.That(index.GroupOf("b"), Is.EqualTo("a"));
    }

    [Test]
    public void Add_SameItemTwice_DoesNotReportItselfAndCountsOnce()
    {
        using var index = new NearDuplicateIndex();
        index.Add("a", MinHasher.Compute(First));

        var again = index.Add("a", MinHasher.Compute(First));

        Assert.That(again, Is.Empty);
        Assert.That(index.Count, Is.EqualTo(1));
    }

    [Test]
    public void Add_FromStoredBandHashesAndFingerprints_MatchesLikeTheSignature()
    {
        using var index = new NearDuplicateIndex();
        var signature = MinHasher.Compute(First);
        index.Add("a", signature.BandHashes(), signature.Fingerprints());

        var found = index.Add("b", MinHasher.Compute(NearCopy));

        Assert.That(found.Select(c => c.ItemId), Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public void Open_Reopened_ChecksNewItemsAgainstItemsAddedBeforeTheRestart()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "near.idx");
        using (var index = NearDuplicateIndex.Open(path))
        {
            index.Add("a", MinHasher.Compute(First));
            index.Add("b", MinHasher.Compute(Unrelated));
        }

        using var reopened = NearDuplicateIndex.Open(path);
        var found = reopened.Add("c", MinHasher.Compute(NearCopy));

        Assert.That(reopened.Count, Is.EqualTo(3));
        Assert.That(found.Select(c => c.ItemId), Is.EqualTo(new[] { "a" }));
    }

    [Test]
    public void Open_FileCutMidRecord_KeepsTheIntactRecordsAndAppendsAfterThem()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "near.idx");
        using (var index = NearDuplicateIndex.Open(path))
        {
            index.Add("a", MinHasher.Compute(First));
            index.Add("b", MinHasher.Compute(Unrelated));
        }
        using (var stream = new FileStream(path, FileMode.Open)) stream.SetLength(stream.Length - 10);

        using (var reopened = NearDuplicateIndex.Open(path))
        {
            Assert.That(reopened.Count, Is.EqualTo(1));
            reopened.Add("c", MinHasher.Compute(Unrelated));
        }

        using var final = NearDuplicateIndex.Open(path);
        Assert.That(final.Count, Is.EqualTo(2));
        Assert.That(final.Find(MinHasher.Compute(Unrelated)).Select(c => c.ItemId), Is.EqualTo(new[] { "c" }));
    }

    [Test]
    public void Open_FileOfAnotherFormat_RefusesIt()
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "near.idx");
        File.WriteAllText(path, "this is not an index file at all");

        Assert.That(() => NearDuplicateIndex.Open(path), Throws.InstanceOf<InvalidDataException>());
    }

    [Test]
    public void Add_FromManyThreads_KeepsEveryItem()
    {
        using var index = new NearDuplicateIndex();

        Parallel.For(0, 2_000, i => index.Add($"item-{i}", MinHasher.Compute($"post number {i} {i * 7919}")));

        Assert.That(index.Count, Is.EqualTo(2_000));
    }

    [Test]
    public void Constructor_ThresholdOutOfRange_Throws()
    {
        Assert.That(() => new NearDuplicateIndex(new NearDuplicateIndexOptions { SimilarityThreshold = 1.5 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
