namespace Corpus.Core.Export.Card;

/// <summary>The SVG charts a release's dataset card shows, each written under charts/ in the release.</summary>
public static class CardCharts
{
    public const string HoursBySplitPath = "charts/hours-by-split.svg";
    public const string TextsBySplitPath = "charts/texts-by-split.svg";
    public const string ClipsByRegionPath = "charts/clips-by-region.svg";

    /// <summary>Only the charts that have something to show: audio charts when there are clips, text ones when texts.</summary>
    public static IReadOnlyList<CardChart> Render(ReleaseContents contents, ReleaseManifest manifest)
    {
        var charts = new List<CardChart>();
        if (contents.Clips.Count > 0)
        {
            var bars = ReleaseSplits.All
                .Select(split => (Split: split, CountsOf(manifest, split).Hours))
                .Select(bar => new ChartBar(bar.Split, bar.Hours, CardNumbers.Hours(bar.Hours) + " h"))
                .ToList();
            charts.Add(Chart(HoursBySplitPath, "Hours of audio per split", bars));
        }
        if (contents.Texts.Count > 0)
        {
            var bars = ReleaseSplits.All
                .Select(split => (Split: split, CountsOf(manifest, split).Texts))
                .Select(bar => new ChartBar(bar.Split, bar.Texts, CardNumbers.Count(bar.Texts)))
                .ToList();
            charts.Add(Chart(TextsBySplitPath, "Texts per split", bars));
        }
        if (contents.Clips.Count > 0)
        {
            var bars = CardBreakdown.Of(contents, null, clip => clip.Accents)
                .Select(row => new ChartBar(row.Label, row.Clips, CardNumbers.Count(row.Clips)))
                .ToList();
            charts.Add(Chart(ClipsByRegionPath, "Clips per region", bars));
        }
        return charts;
    }

    internal static SplitCounts CountsOf(ReleaseManifest manifest, string split) =>
        manifest.Splits.TryGetValue(split, out var counts) ? counts : new SplitCounts(0, 0, 0, 0, 0);

    private static CardChart Chart(string path, string title, IReadOnlyList<ChartBar> bars) =>
        new(path, title, SvgBarChart.Render(title, bars));
}
