using System.Globalization;

namespace Corpus.Core.Export.Card;

/// <summary>Renders a release's README.md: Hugging Face front matter, then the tables, charts and guide a reader needs.</summary>
public static class DatasetCard
{
    /// <summary>
    /// The card for <paramref name="contents"/>. Split counts and filters come from <paramref name="manifest"/> so the
    /// card and manifest.json agree; its Files are not read, so it may be built before the files are hashed.
    /// </summary>
    public static string Render(ReleaseContents contents, ReleaseManifest manifest)
    {
        var card = new MarkdownWriter();
        CardFrontMatter.Write(card, contents);
        WriteIntroduction(card, contents, manifest);
        WriteSplits(card, manifest);
        WriteBreakdowns(card, contents);
        WriteCharts(card, CardCharts.Render(contents, manifest));
        WriteLicences(card, contents);
        CardGuide.Write(card, contents, manifest);
        card.Heading(2, "Pipeline versions").Bullets(contents.PipelineVersions);
        return card.ToString();
    }

    private static void WriteIntroduction(MarkdownWriter card, ReleaseContents contents, ReleaseManifest manifest)
    {
        var name = MarkdownText.Escape(contents.DatasetName);
        var version = MarkdownText.Escape(contents.Version);
        card.Heading(1, $"{name} {version}");
        card.Line($"Moroccan Darija (ary) {Kinds(contents)}, release {version}.");
        card.Line(contents.ParentVersion is null
            ? "This is the first release."
            : $"It follows release {MarkdownText.Escape(contents.ParentVersion)}; CHANGES.md lists what was added, removed and changed.");
        card.Line($"Cut-off: {manifest.CutOff}. Items received after this instant are not in the release.").Line();
    }

    private static string Kinds(ReleaseContents contents) => (contents.Texts.Count > 0, contents.Clips.Count > 0) switch
    {
        (true, true) => "texts and recordings",
        (false, true) => "recordings",
        _ => "texts",
    };

    private static void WriteSplits(MarkdownWriter card, ReleaseManifest manifest)
    {
        card.Heading(2, "Splits");
        var rows = ReleaseSplits.All
            .Select(split => SplitRow(split, CardCharts.CountsOf(manifest, split)))
            .Append(SplitRow("total", manifest.Totals));
        card.Table(["Split", "Texts", "Clips", "Hours", "Speakers", "Text sources"], rows);
    }

    private static IReadOnlyList<string> SplitRow(string split, SplitCounts counts) =>
    [
        split, CardNumbers.Count(counts.Texts), CardNumbers.Count(counts.Clips), CardNumbers.Hours(counts.Hours),
        CardNumbers.Count(counts.Speakers), CardNumbers.Count(counts.SourceGroups),
    ];

    private static void WriteBreakdowns(MarkdownWriter card, ReleaseContents contents)
    {
        if (contents.Texts.Count > 0)
        {
            CardBreakdownTable.Write(card, "Texts by script", "Script", contents, text => text.Script, null);
        }
        CardBreakdownTable.Write(card, "By region", "Region", contents, text => text.Region, clip => clip.Accents);
        CardBreakdownTable.Write(card, "By gender", "Gender", contents, text => text.Gender, clip => clip.Gender);
        CardBreakdownTable.Write(card, "By age bracket", "Age bracket", contents, text => text.AgeBracket, clip => clip.Age);
    }

    private static void WriteCharts(MarkdownWriter card, IReadOnlyList<CardChart> charts)
    {
        if (charts.Count == 0) return;
        card.Heading(2, "Charts");
        foreach (var chart in charts) card.Line($"![{MarkdownText.Escape(chart.Title)}]({chart.Path})").Line();
    }

    private static void WriteLicences(MarkdownWriter card, ReleaseContents contents)
    {
        card.Heading(2, "Licences");
        card.Line($"The dataset as a whole is published under {MarkdownText.Escape(contents.DatasetLicence)}.")
            .Line("Each item keeps the licence it was given under; the items of this release carry these licences:")
            .Line();
        card.Bullets(contents.ItemLicences.Order(StringComparer.Ordinal));
    }
}
