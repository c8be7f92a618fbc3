using Corpus.Core.Quality.Duplicates;

namespace Corpus.Core.Tests.Quality.Duplicates;

[TestFixture]
public sealed class BandTableTests
{
    [Test]
    public void Exchange_SameHash_ReturnsThePreviousLatestItem()
    {
        var table = new BandTable();

        Assert.That(table.Exchange(42, 0), Is.EqualTo(-1));
        Assert.That(table.Exchange(42, 5), Is.EqualTo(0));
        Assert.That(table.Find(42), Is.EqualTo(5));
        Assert.That(table.Find(43), Is.EqualTo(-1));
    }

    [Test]
    public void Exchange_ManyHashes_KeepsEveryOneThroughGrowth()
    {
        var table = new BandTable(initialCapacityBits: 2);
        for (var i = 0; i < 10_000; i++) table.Exchange(StableHashOf(i), i);

        Assert.That(Enumerable.Range(0, 10_000).All(i => table.Find(StableHashOf(i)) == i), Is.True);
    }

    private static ulong StableHashOf(int i) => (ulong)i * 0x9E3779B97F4A7C15UL + 17;
}
