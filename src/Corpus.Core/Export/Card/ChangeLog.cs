namespace Corpus.Core.Export.Card;

/// <summary>Renders a release's CHANGES.md: every item id added, removed (by reason) and changed since the parent.</summary>
public static class ChangeLog
{
    private static readonly IReadOnlyList<(string Reason, string Title)> KnownReasons =
    [
        (RemovedItem.Withdrawn, "Withdrawn by their contributor"),
        (RemovedItem.Rejected, "Rejected in review"),
        (RemovedItem.Excluded, "Excluded by the release filters"),
    ];

    public static string Render(ReleaseChanges changes, string version)
    {
        var log = new MarkdownWriter();
        log.Heading(1, $"Changes in {MarkdownText.Escape(version)}");
        log.Line(changes.ParentVersion is null
            ? "First release: there is no parent release to compare with."
            : $"Compared with the parent release {MarkdownText.Escape(changes.ParentVersion)}.").Line();

        var removedByReason = changes.Removed
            .GroupBy(item => item.Reason, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => Sorted(group.Select(item => item.Id)), StringComparer.Ordinal);
        var reasons = KnownReasons
            .Concat(removedByReason.Keys
                .Where(reason => KnownReasons.All(known => known.Reason != reason))
                .Order(StringComparer.Ordinal)
                .Select(reason => (Reason: reason, Title: CardLabel.Of(reason))))
            .ToList();

        log.Table(["Change", "Items"], SummaryRows(changes, reasons, removedByReason));

        log.Heading(2, $"Added ({changes.Added.Count})").Bullets(Sorted(changes.Added));
        log.Heading(2, $"Removed ({changes.Removed.Count})");
        foreach (var (reason, title) in reasons)
        {
            var ids = removedByReason.GetValueOrDefault(reason, []);
            log.Heading(3, $"{MarkdownText.Escape(title)} ({ids.Count})").Bullets(ids);
        }
        log.Heading(2, $"Changed ({changes.Changed.Count})").Bullets(Sorted(changes.Changed));
        return log.ToString();
    }

    private static IEnumerable<IReadOnlyList<string>> SummaryRows(
        ReleaseChanges changes,
        IReadOnlyList<(string Reason, string Title)> reasons,
        Dictionary<string, IReadOnlyList<string>> removedByReason)
    {
        yield return ["added", CardNumbers.Count(changes.Added.Count)];
        foreach (var (reason, _) in reasons)
        {
            yield return [$"removed: {CardLabel.Of(reason)}", CardNumbers.Count(removedByReason.GetValueOrDefault(reason, []).Count)];
        }
        yield return ["changed", CardNumbers.Count(changes.Changed.Count)];
    }

    private static IReadOnlyList<string> Sorted(IEnumerable<string> ids) => ids.Order(StringComparer.Ordinal).ToList();
}
