namespace Corpus.Core.Export.Card;

/// <summary>Counts texts and clips by one field; missing values are counted under "not given".</summary>
internal static class CardBreakdown
{
    /// <summary>Largest groups first, ties by label, "not given" always last.</summary>
    public static IReadOnlyList<BreakdownRow> Of(
        ReleaseContents contents,
        Func<ReleaseTextRow, string?>? textField,
        Func<ReleaseClipRow, string?>? clipField)
    {
        var rows = new Dictionary<string, BreakdownRow>(StringComparer.Ordinal);
        if (textField is not null)
        {
            foreach (var text in contents.Texts)
            {
                var row = Row(rows, CardLabel.Of(textField(text)));
                rows[row.Label] = row with { Texts = row.Texts + 1 };
            }
        }
        if (clipField is not null)
        {
            foreach (var clip in contents.Clips)
            {
                var row = Row(rows, CardLabel.Of(clipField(clip)));
                rows[row.Label] = row with { Clips = row.Clips + 1, DurationMs = row.DurationMs + clip.DurationMs };
            }
        }
        return rows.Values
            .OrderBy(row => row.Label == CardLabel.NotGiven)
            .ThenByDescending(row => row.Texts + row.Clips)
            .ThenBy(row => row.Label, StringComparer.Ordinal)
            .ToList();
    }

    private static BreakdownRow Row(Dictionary<string, BreakdownRow> rows, string label) =>
        rows.TryGetValue(label, out var row) ? row : new BreakdownRow(label, 0, 0, 0);
}
