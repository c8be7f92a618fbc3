namespace Corpus.Core.Export.Card;

/// <summary>A card table of counts by one field: texts, and clips with their hours, for the kinds the release has.</summary>
internal static class CardBreakdownTable
{
    public static void Write(
        MarkdownWriter card,
        string title,
        string fieldName,
        ReleaseContents contents,
        Func<ReleaseTextRow, string?> textField,
        Func<ReleaseClipRow, string?>? clipField)
    {
        var withTexts = contents.Texts.Count > 0;
        var withClips = clipField is not null && contents.Clips.Count > 0;
        if (!withTexts && !withClips) return;

        var header = new List<string> { fieldName };
        if (withTexts) header.Add("Texts");
        if (withClips) header.AddRange(["Clips", "Hours"]);

        var rows = CardBreakdown.Of(contents, withTexts ? textField : null, withClips ? clipField : null)
            .Select(row => Cells(row, withTexts, withClips));
        card.Heading(2, title).Table(header, rows);
    }

    private static IReadOnlyList<string> Cells(BreakdownRow row, bool withTexts, bool withClips)
    {
        var cells = new List<string> { row.Label };
        if (withTexts) cells.Add(CardNumbers.Count(row.Texts));
        if (withClips) cells.AddRange([CardNumbers.Count(row.Clips), CardNumbers.Hours(row.Hours)]);
        return cells;
    }
}
