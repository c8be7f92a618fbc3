namespace Corpus.Core.Export.Card;

/// <summary>The Hugging Face dataset card metadata block at the top of README.md.</summary>
internal static class CardFrontMatter
{
    public const string TextConfig = "text";
    public const string AudioConfig = "audio";

    public static void Write(MarkdownWriter card, ReleaseContents contents)
    {
        card.Line("---")
            .Line("language:")
            .Line("- ary")
            .Line("license: " + YamlText.Scalar(contents.DatasetLicence))
            .Line("pretty_name: " + YamlText.Quoted($"{contents.DatasetName} {contents.Version}"))
            .Line("tags:")
            .Line("- darija")
            .Line("- moroccan-arabic");
        WriteList(card, "task_categories", TaskCategories(contents));
        WriteList(card, "size_categories", [SizeCategory(contents.Texts.Count + contents.Clips.Count)]);
        if (contents.Texts.Count + contents.Clips.Count > 0) card.Line("configs:");
        if (contents.Texts.Count > 0) WriteConfig(card, TextConfig, "text");
        if (contents.Clips.Count > 0) WriteConfig(card, AudioConfig, "audio");
        card.Line("---").Line();
    }

    private static IEnumerable<string> TaskCategories(ReleaseContents contents)
    {
        if (contents.Clips.Count > 0) yield return "automatic-speech-recognition";
        if (contents.Texts.Count > 0)
        {
            yield return "text-generation";
            yield return "fill-mask";
        }
    }

    // The buckets the Hugging Face Hub offers for size_categories.
    private static string SizeCategory(long rows) => rows switch
    {
        < 1_000 => "n<1K",
        < 10_000 => "1K<n<10K",
        < 100_000 => "10K<n<100K",
        < 1_000_000 => "100K<n<1M",
        < 10_000_000 => "1M<n<10M",
        < 100_000_000 => "10M<n<100M",
        _ => "100M<n<1B",
    };

    private static void WriteList(MarkdownWriter card, string key, IEnumerable<string> values)
    {
        var items = values.ToList();
        if (items.Count == 0) return;
        card.Line(key + ":");
        foreach (var value in items) card.Line("- " + value);
    }

    private static void WriteConfig(MarkdownWriter card, string name, string folder)
    {
        card.Line("- config_name: " + name).Line("  data_files:");
        foreach (var split in ReleaseSplits.All)
        {
            card.Line("  - split: " + split).Line($"    path: {folder}/{split}.parquet");
        }
    }
}
