namespace Corpus.Core.Export.Card;

/// <summary>The card's prose sections: how items are chosen and split, the files, verifying and loading a copy.</summary>
internal static class CardGuide
{
    public static void Write(MarkdownWriter card, ReleaseContents contents, ReleaseManifest manifest)
    {
        WriteSelection(card, manifest.Filters);
        WriteFiles(card, contents, manifest.Name);
        card.Heading(2, "Verifying a copy")
            .Line("manifest.json lists the sha256 and size of every other file. This re-checks them all:")
            .Line()
            .CodeBlock("sh", [$"corpus release verify {manifest.Name}"]);
        WriteLoading(card, contents, manifest.Name);
    }

    private static void WriteSelection(MarkdownWriter card, ReleaseFilters filters)
    {
        card.Heading(2, "How items are chosen and split")
            .Line($"Items in state {Joined(filters.States)}, of kind {Joined(filters.Kinds)}, received before the cut-off"
                + (filters.ExcludeWithdrawn ? "; items whose contributor withdrew consent are left out." : "."))
            .Line()
            .Line("Each clip goes to train, dev or test by a hash of its speaker's pseudonymous id, and each text by a hash")
            .Line("of its source (author or contributor). So all clips of one speaker are in the same split (the splits are")
            .Line("speaker-disjoint), and the split of an item is the same in every release: nothing moves between splits")
            .Line("from one version to the next.")
            .Line()
            .Line($"Split rule: {MarkdownText.Escape(filters.SplitRule)}")
            .Line();
    }

    private static void WriteFiles(MarkdownWriter card, ReleaseContents contents, string name)
    {
        var lines = new List<string>
        {
            name + "/",
            "  manifest.json                  version, cut-off, counts, filters, sha256 and size of every file",
            "  README.md                      this card",
            "  CHANGES.md                     items added, removed and changed since the parent release",
        };
        if (contents.Texts.Count + contents.Clips.Count > 0) lines.Add("  charts/*.svg                   the charts above");
        if (contents.Texts.Count > 0)
        {
            lines.Add("  text/{train,dev,test}.jsonl    one JSON object per text");
            lines.Add("  text/{train,dev,test}.parquet  the same rows as Parquet");
        }
        if (contents.Clips.Count > 0)
        {
            lines.Add("  audio/clips/<id>.wav           16 kHz mono 16-bit PCM");
            lines.Add("  audio/{train,dev,test}.tsv     Common Voice columns");
            lines.Add("  audio/clip_durations.tsv       duration of every clip in milliseconds");
            lines.Add("  audio/{train,dev,test}.parquet audio bytes with the transcript and speaker columns");
        }
        card.Heading(2, "Files").CodeBlock("", lines);
    }

    private static void WriteLoading(MarkdownWriter card, ReleaseContents contents, string name)
    {
        card.Heading(2, "Loading");
        var python = new List<string> { "from datasets import load_dataset" };
        if (contents.Texts.Count > 0) python.AddRange(LoadConfig(name, CardFrontMatter.TextConfig, "texts"));
        if (contents.Clips.Count > 0) python.AddRange(LoadConfig(name, CardFrontMatter.AudioConfig, "clips"));
        card.Line("With Hugging Face `datasets`, by the configs of this card or by naming the Parquet files:")
            .Line()
            .CodeBlock("python", python);
        if (contents.Clips.Count == 0) return;
        card.Line("The audio TSV files have the Common Voice columns, with clips under audio/clips/, so tools that read")
            .Line("Common Voice read them too:")
            .Line()
            .CodeBlock("python",
            [
                "import csv",
                "import pandas as pd",
                "",
                $"train = pd.read_csv(\"{name}/audio/train.tsv\", sep=\"\\t\", quoting=csv.QUOTE_NONE)",
            ]);
    }

    private static IEnumerable<string> LoadConfig(string name, string config, string variable)
    {
        var splits = string.Join(", ", ReleaseSplits.All.Select(split => $"\"{split}\""));
        return
        [
            "",
            $"{variable} = load_dataset(\"{name}\", \"{config}\")",
            $"{variable} = load_dataset(",
            "    \"parquet\",",
            $"    data_files={{split: f\"{name}/{config}/{{split}}.parquet\" for split in ({splits})}},",
            ")",
        ];
    }

    private static string Joined(IReadOnlyList<string> values) =>
        values.Count == 0 ? "any" : string.Join(", ", values.Select(MarkdownText.Escape));
}
