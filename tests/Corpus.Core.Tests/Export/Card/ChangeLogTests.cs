using Corpus.Core.Export;
using Corpus.Core.Export.Card;

namespace Corpus.Core.Tests.Export.Card;

[TestFixture]
public sealed class ChangeLogTests
{
    [Test]
    public void Render_RemovedItems_ListedUnderTheirReason()
    {
        var changes = new ReleaseChanges(
            "1.1.0",
            ["a2", "a1"],
            [
                new RemovedItem("r3", RemovedItem.Rejected),
                new RemovedItem("w1", RemovedItem.Withdrawn),
                new RemovedItem("x1", RemovedItem.Excluded),
                new RemovedItem("w0", RemovedItem.Withdrawn),
            ],
            ["c1"]);

        var log = ChangeLog.Render(changes, "1.2.0");

        Assert.That(log, Does.StartWith("# Changes in 1.2.0\n"));
        Assert.That(log, Does.Contain("parent release 1.1.0"));
        Assert.That(Section(log, "## Added (2)"), Is.EqualTo(new[] { "- a1", "- a2" }));
        Assert.That(Section(log, "### Withdrawn by their contributor (2)"), Is.EqualTo(new[] { "- w0", "- w1" }));
        Assert.That(Section(log, "### Rejected in review (1)"), Is.EqualTo(new[] { "- r3" }));
        Assert.That(Section(log, "### Excluded by the release filters (1)"), Is.EqualTo(new[] { "- x1" }));
        Assert.That(Section(log, "## Changed (1)"), Is.EqualTo(new[] { "- c1" }));
        Assert.That(log, Does.Contain("## Removed (4)"));
        Assert.That(log, Does.Contain("| removed: withdrawn | 2 |"));
    }

    [Test]
    public void Render_FirstReleaseWithNothingRemoved_SaysSoAndShowsEmptySections()
    {
        var log = ChangeLog.Render(new ReleaseChanges(null, ["a1"], [], []), "1.0.0");

        Assert.That(log, Does.Contain("First release"));
        Assert.That(Section(log, "### Withdrawn by their contributor (0)"), Is.EqualTo(new[] { "None." }));
        Assert.That(Section(log, "## Changed (0)"), Is.EqualTo(new[] { "None." }));
    }

    [Test]
    public void Render_UnknownReason_GetsItsOwnSectionAfterTheKnownOnes()
    {
        var log = ChangeLog.Render(new ReleaseChanges("1.0.0", [], [new RemovedItem("z9", "duplicate")], []), "1.1.0");

        Assert.That(Section(log, "### duplicate (1)"), Is.EqualTo(new[] { "- z9" }));
        Assert.That(log.IndexOf("### duplicate", StringComparison.Ordinal),
            Is.GreaterThan(log.IndexOf("### Excluded", StringComparison.Ordinal)));
    }

    [Test]
    public void Render_IdThatLooksLikeMarkup_StaysOneListItem()
    {
        var log = ChangeLog.Render(new ReleaseChanges("1.0.0", ["- [x](y)\nnext"], [], []), "1.1.0");

        Assert.That(Section(log, "## Added (1)"), Is.EqualTo(new[] { "- \\- \\[x\\](y) next" }));
    }

    [Test]
    public void Render_Twice_IsIdentical()
    {
        var changes = new ReleaseChanges("1.0.0", ["b", "a"], [new RemovedItem("c", RemovedItem.Withdrawn)], ["d"]);

        Assert.That(ChangeLog.Render(changes, "1.1.0"), Is.EqualTo(ChangeLog.Render(changes, "1.1.0")));
    }

    private static List<string> Section(string log, string heading)
    {
        var lines = log.Split('\n').ToList();
        var start = lines.IndexOf(heading);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading + " is in the change log");
        return lines.Skip(start + 1).SkipWhile(line => line.Length == 0).TakeWhile(line => line.Length > 0).ToList();
    }
}
