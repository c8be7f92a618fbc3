using Corpus.Core.Export;
using Corpus.Core.Export.Card;

namespace Corpus.Core.Tests.Export.Card;

[TestFixture]
public sealed class DatasetCardTests
{
    [Test]
    public void Render_NoClips_NoAudioFilesOrClipColumns()
    {
        var card = DatasetCard.Render(CardSamples.Contents(withClips: false), CardSamples.Manifest(withClips: false));

        Assert.That(card, Does.Not.Contain("audio/"));
        Assert.That(card, Does.Contain("Moroccan Darija (ary) texts, release 1.2.0."));
        Assert.That(Table(card, "## By region")[0], Is.EqualTo("| Region | Texts |"));
    }

    [Test]
    public void Render_NoTexts_NoTextFilesOrScriptTable()
    {
        var card = DatasetCard.Render(CardSamples.Contents(withTexts: false), CardSamples.Manifest(withTexts: false));

        Assert.That(card, Does.Not.Contain("## Texts by script"));
        Assert.That(card, Does.Not.Contain("text/"));
        Assert.That(Table(card, "## By region")[0], Is.EqualTo("| Region | Clips | Hours |"));
    }

    [Test]
    public void Render_SplitTable_ShowsManifestCountsWithTwoDecimalHours()
    {
        var card = DatasetCard.Render(CardSamples.Contents(), CardSamples.Manifest());

        Assert.That(Table(card, "## Splits"), Is.EqualTo(new[]
        {
            "| Split | Texts | Clips | Hours | Speakers | Text sources |",
            "|---|---:|---:|---:|---:|---:|",
            "| train | 2 | 2 | 0.75 | 1 | 2 |",
            "| dev | 0 | 1 | 1.00 | 1 | 0 |",
            "| test | 1 | 1 | 1.50 | 1 | 1 |",
            "| total | 3 | 4 | 3.25 | 3 | 3 |",
        }));
    }

    [Test]
    public void Render_RegionTable_CountsTextsClipsAndHoursWithMissingAsNotGiven()
    {
        var card = DatasetCard.Render(CardSamples.Contents(), CardSamples.Manifest());

        Assert.That(Table(card, "## By region"), Is.EqualTo(new[]
        {
            "| Region | Texts | Clips | Hours |",
            "|---|---:|---:|---:|",
            "| casablanca-settat | 1 | 2 | 0.75 |",
            "| fes\\|meknes north | 1 | 0 | 0.00 |",
            "| oriental | 0 | 1 | 1.50 |",
            "| not given | 1 | 1 | 1.00 |",
        }));
    }

    [Test]
    public void Render_ScriptGenderAndAgeTables_CountEachValue()
    {
        var card = DatasetCard.Render(CardSamples.Contents(), CardSamples.Manifest());

        Assert.That(Table(card, "## Texts by script").Skip(2), Is.EqualTo(new[] { "| arabic | 2 |", "| latin | 1 |" }));
        Assert.That(Table(card, "## By gender").Skip(2), Is.EqualTo(new[]
        {
            "| female | 1 | 2 | 0.75 |",
            "| male | 1 | 1 | 1.50 |",
            "| not given | 1 | 1 | 1.00 |",
        }));
        Assert.That(Table(card, "## By age bracket")[0], Is.EqualTo("| Age bracket | Texts | Clips | Hours |"));
        Assert.That(Table(card, "## By age bracket"), Does.Contain("| thirties | 1 | 1 | 1.50 |"));
    }

    [Test]
    public void Render_LabelsWithPipesNewlinesAndMarkup_KeepEveryRowToItsColumns()
    {
        var contents = CardSamples.Contents() with
        {
            Texts = [.. CardSamples.Contents().Texts.Select(text => text with { Script = "a|b\r\nc <b>*x*</b> [l](u)" })],
        };

        var table = Table(DatasetCard.Render(contents, CardSamples.Manifest()), "## Texts by script");

        Assert.That(table, Has.Count.EqualTo(3), "header, rule and one row: the label did not add lines");
        Assert.That(table[2], Is.EqualTo("| a\\|b  c \\<b\\>\\*x\\*\\</b\\> \\[l\\](u) | 3 |"));
        Assert.That(UnescapedPipes(table[2]), Is.EqualTo(UnescapedPipes(table[0])));
    }

    [Test]
    public void Render_Twice_IsIdentical()
    {
        var first = DatasetCard.Render(CardSamples.Contents(), CardSamples.Manifest());
        var second = DatasetCard.Render(CardSamples.Contents(), CardSamples.Manifest());

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain("\r"));
    }

    [Test]
    public void Render_IntroductionAndGuide_NameVersionParentCutOffAndHowToUse()
    {
        var card = DatasetCard.Render(CardSamples.Contents(), CardSamples.Manifest());

        Assert.That(card, Does.Contain("# darija-corpus 1.2.0\n"));
        Assert.That(card, Does.Contain("It follows release 1.1.0"));
        Assert.That(card, Does.Contain("Cut-off: 2026-03-01T11:30:00Z."));
        Assert.That(card, Does.Contain("corpus release verify darija-corpus-1.2.0"));
        Assert.That(card, Does.Contain("data_files={split: f\"darija-corpus-1.2.0/audio/{split}.parquet\""));
        Assert.That(card, Does.Contain("pd.read_csv(\"darija-corpus-1.2.0/audio/train.tsv\""));
        Assert.That(card, Does.Contain("speaker-disjoint"));
        Assert.That(card, Does.Contain("- cc0-1.0\n"));
    }

    [Test]
    public void Render_FirstRelease_SaysSo()
    {
        var card = DatasetCard.Render(CardSamples.Contents() with { ParentVersion = null }, CardSamples.Manifest());

        Assert.That(card, Does.Contain("This is the first release."));
        Assert.That(card, Does.Not.Contain("It follows release"));
    }

    [Test]
    public void Render_Charts_LinksEveryChartItRenders()
    {
        var contents = CardSamples.Contents();
        var card = DatasetCard.Render(contents, CardSamples.Manifest());

        foreach (var chart in CardCharts.Render(contents, CardSamples.Manifest()))
        {
            Assert.That(card, Does.Contain($"]({chart.Path})"));
        }
    }

    private static List<string> Table(string card, string heading)
    {
        var lines = card.Split('\n').ToList();
        var start = lines.IndexOf(heading);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), heading + " is in the card");
        return lines.Skip(start + 1).SkipWhile(line => line.Length == 0).TakeWhile(line => line.StartsWith('|')).ToList();
    }

    private static int UnescapedPipes(string row) => row.Where((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count();
}
