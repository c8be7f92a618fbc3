using Corpus.Core.Export.Card;

namespace Corpus.Core.Tests.Export.Card;

[TestFixture]
public sealed class CardFrontMatterTests
{
    [Test]
    public void Render_TextsAndClips_FrontMatterHasHuggingFaceShape()
    {
        var card = DatasetCard.Render(CardSamples.Contents(), CardSamples.Manifest());

        Assert.That(FrontMatter(card), Is.EqualTo(new[]
        {
            "language:",
            "- ary",
            "license: cc-by-4.0",
            "pretty_name: \"darija-corpus 1.2.0\"",
            "tags:",
            "- darija",
            "- moroccan-arabic",
            "task_categories:",
            "- automatic-speech-recognition",
            "- text-generation",
            "- fill-mask",
            "size_categories:",
            "- n<1K",
            "configs:",
            "- config_name: text",
            "  data_files:",
            "  - split: train",
            "    path: text/train.parquet",
            "  - split: dev",
            "    path: text/dev.parquet",
            "  - split: test",
            "    path: text/test.parquet",
            "- config_name: audio",
            "  data_files:",
            "  - split: train",
            "    path: audio/train.parquet",
            "  - split: dev",
            "    path: audio/dev.parquet",
            "  - split: test",
            "    path: audio/test.parquet",
        }));
    }

    [Test]
    public void Render_NoClips_LeavesOutAudioConfigAndSpeechTask()
    {
        var card = DatasetCard.Render(CardSamples.Contents(withClips: false), CardSamples.Manifest(withClips: false));
        var frontMatter = FrontMatter(card);

        Assert.That(frontMatter, Does.Contain("- config_name: text"));
        Assert.That(frontMatter, Does.Not.Contain("- config_name: audio"));
        Assert.That(frontMatter, Does.Not.Contain("- automatic-speech-recognition"));
    }

    [Test]
    public void Render_NoTexts_LeavesOutTextConfig()
    {
        var card = DatasetCard.Render(CardSamples.Contents(withTexts: false), CardSamples.Manifest(withTexts: false));

        Assert.That(FrontMatter(card), Does.Not.Contain("- config_name: text"));
        Assert.That(FrontMatter(card), Does.Contain("- config_name: audio"));
    }

    [Test]
    public void Render_LicenceAndNameWithYamlSpecials_AreQuoted()
    {
        var contents = CardSamples.Contents() with { DatasetLicence = "other: see \"LICENSE\"", DatasetName = "darija\ncorpus" };

        var frontMatter = FrontMatter(DatasetCard.Render(contents, CardSamples.Manifest()));

        Assert.That(frontMatter, Does.Contain("license: \"other: see \\\"LICENSE\\\"\""));
        Assert.That(frontMatter, Does.Contain("pretty_name: \"darija\\u000acorpus 1.2.0\""));
    }

    private static List<string> FrontMatter(string card)
    {
        var lines = card.Split('\n');
        Assert.That(lines[0], Is.EqualTo("---"));
        var end = Array.IndexOf(lines, "---", 1);
        Assert.That(end, Is.GreaterThan(0), "front matter is closed");
        return lines[1..end].ToList();
    }
}
