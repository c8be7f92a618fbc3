namespace Corpus.Core.Export.Formats;

/// <summary>Writes text/{split}.jsonl: one JSON object per row, one row per line.</summary>
internal static class TextJsonlWriter
{
    public static async Task WriteAsync(Stream output, IEnumerable<ReleaseTextRow> rows, CancellationToken ct)
    {
        await using var writer = Utf8Text.CreateWriter(output);
        var line = new JsonObjectLine();
        foreach (var row in rows)
        {
            Fill(line, row);
            await writer.WriteAsync(line.Finish(), ct);
        }
        await writer.FlushAsync(ct);
    }

    private static void Fill(JsonObjectLine line, ReleaseTextRow row)
    {
        line.Start();
        line.Add("id", row.Id);
        line.Add("kind", row.Kind);
        line.Add("split", row.Split);
        line.Add("text", row.Text);
        line.Add("text_arabic", row.TextArabic);
        line.Add("script", row.Script);
        line.Add("language", row.Language);
        line.Add("language_probability", row.LanguageProbability);
        line.Add("quality_score", row.QualityScore);
        line.Add("source_group", row.SourceGroup);
        line.Add("source", row.Source);
        line.Add("licence", row.Licence);
        line.Add("platform", row.Platform);
        line.Add("region", row.Region);
        line.Add("gender", row.Gender);
        line.Add("age_bracket", row.AgeBracket);
    }
}
