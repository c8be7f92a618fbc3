using Corpus.Core.Export;

namespace Corpus.Core.Tests.Export;

[TestFixture]
public sealed class SplitAssignerTests
{
    [Test]
    public void SplitOf_TenThousandGroups_IsAboutEightyTenTen()
    {
        var counts = Enumerable.Range(0, 10_000).Select(i => SplitAssigner.SplitOf("speaker:" + i)).CountBy(s => s).ToDictionary();

        Assert.That(counts[ReleaseSplits.Train], Is.InRange(7_800, 8_200));
        Assert.That(counts[ReleaseSplits.Dev], Is.InRange(900, 1_100));
        Assert.That(counts[ReleaseSplits.Test], Is.InRange(900, 1_100));
    }

    [Test]
    public void SplitOf_TheSameGroup_IsAlwaysTheSameSplit()
    {
        // Pinned values: a change here moves items between splits from one release to the next.
        Assert.That(SplitAssigner.SplitOf("author:abc"), Is.EqualTo(SplitAssigner.SplitOf("author:abc")));
        var pinned = Enumerable.Range(0, 12).Select(i => SplitAssigner.SplitOf("g" + i)).ToArray();
        Assert.That(string.Join(",", pinned), Is.EqualTo(PinnedSplits));
    }

    private const string PinnedSplits = "dev,test,train,train,train,train,train,train,dev,train,train,test";
}
