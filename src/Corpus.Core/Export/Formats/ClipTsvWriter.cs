namespace Corpus.Core.Export.Formats;

/// <summary>Writes audio/{split}.tsv in Common Voice's column layout.</summary>
internal static class ClipTsvWriter
{
    public const string Header = "client_id\tpath\tsentence\tup_votes\tdown_votes\tage\tgender\taccents\tlocale\tsegment";

    public static async Task WriteAsync(Stream output, IEnumerable<ReleaseClipRow> clips, CancellationToken ct)
    {
        await using var writer = Utf8Text.CreateWriter(output);
        await writer.WriteAsync((Header + "\n").AsMemory(), ct);
        var line = new TsvLine();
        foreach (var clip in clips)
        {
            line.Start();
            line.Add(clip.ClientId);
            line.Add(clip.Path);
            line.Add(clip.Sentence);
            line.Add(clip.UpVotes);
            line.Add(clip.DownVotes);
            line.Add(clip.Age);
            line.Add(clip.Gender);
            line.Add(clip.Accents);
            line.Add(clip.Locale);
            line.Add(clip.Segment);
            await writer.WriteAsync(line.Finish(), ct);
        }
        await writer.FlushAsync(ct);
    }
}
