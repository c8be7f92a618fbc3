using Corpus.Core.Quality.Duplicates;

namespace Corpus.Core.Tests.Quality.Duplicates;

[TestFixture]
public sealed class UnionFindTests
{
    [Test]
    public void Union_InAnyOrder_RootIsTheEarliestItem()
    {
        var groups = new UnionFind();
        for (var i = 0; i < 6; i++) groups.Add();

        groups.Union(5, 4);
        groups.Union(3, 4);
        groups.Union(5, 1);

        Assert.That(new[] { 1, 3, 4, 5 }.Select(groups.Find), Is.All.EqualTo(1));
        Assert.That(groups.Find(2), Is.EqualTo(2));
    }
}
