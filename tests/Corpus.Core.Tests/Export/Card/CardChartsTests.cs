using System.Xml.Linq;
using Corpus.Core.Export.Card;

namespace Corpus.Core.Tests.Export.Card;

[TestFixture]
public sealed class CardChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Test]
    public void Render_TextsAndClips_HoursTextsAndRegionCharts()
    {
        var charts = CardCharts.Render(CardSamples.Contents(), CardSamples.Manifest());

        Assert.That(charts.Select(chart => chart.Path), Is.EqualTo(new[]
        {
            "charts/hours-by-split.svg", "charts/texts-by-split.svg", "charts/clips-by-region.svg",
        }));
    }

    [Test]
    public void Render_NoClips_OnlyTheTextChart()
    {
        var charts = CardCharts.Render(CardSamples.Contents(withClips: false), CardSamples.Manifest(withClips: false));

        Assert.That(charts.Select(chart => chart.Path), Is.EqualTo(new[] { CardCharts.TextsBySplitPath }));
    }

    [Test]
    public void Render_EveryChart_IsValidSvgXml()
    {
        foreach (var chart in CardCharts.Render(CardSamples.Contents(), CardSamples.Manifest()))
        {
            var svg = XDocument.Parse(chart.Svg);
            Assert.That(svg.Root!.Name, Is.EqualTo(Svg + "svg"), chart.Path);
            Assert.That(chart.Svg, Does.Not.Contain("\r"));
        }
    }

    [Test]
    public void Render_HoursChart_OneBarPerSplitWithTwoDecimalHours()
    {
        var chart = CardCharts.Render(CardSamples.Contents(), CardSamples.Manifest())
            .Single(chart => chart.Path == CardCharts.HoursBySplitPath);

        var texts = Texts(chart.Svg);

        Assert.That(texts, Is.SupersetOf(new[] { "train", "0.75 h", "dev", "1.00 h", "test", "1.50 h" }));
        Assert.That(XDocument.Parse(chart.Svg).Descendants(Svg + "rect").Count(), Is.EqualTo(1 + 3), "background and three bars");
    }

    [Test]
    public void Render_RegionWithMarkupAndControlCharacters_IsEscapedAndReadsBack()
    {
        const string region = "<script>&\"'\u0001";
        var contents = CardSamples.Contents() with
        {
            Clips = [.. CardSamples.Contents().Clips.Select(clip => clip with { Accents = region })],
        };

        var chart = CardCharts.Render(contents, CardSamples.Manifest()).Single(chart => chart.Path == CardCharts.ClipsByRegionPath);

        Assert.That(chart.Svg, Does.Not.Contain("<script>"));
        Assert.That(Texts(chart.Svg), Does.Contain("<script>&\"'"));
        Assert.That(Texts(chart.Svg), Does.Contain("4"), "all four clips are in the one region");
    }

    [Test]
    public void Render_Twice_IsIdentical()
    {
        var first = CardCharts.Render(CardSamples.Contents(), CardSamples.Manifest());
        var second = CardCharts.Render(CardSamples.Contents(), CardSamples.Manifest());

        Assert.That(second, Is.EqualTo(first));
    }

    private static List<string> Texts(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "text").Select(text => text.Value).ToList();
}
