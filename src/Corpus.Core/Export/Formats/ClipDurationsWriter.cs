namespace Corpus.Core.Export.Formats;

/// <summary>Writes audio/clip_durations.tsv: every clip of every split, sorted by path.</summary>
internal static class ClipDurationsWriter
{
    public const string Header = "clip\tduration[ms]";

    public static async Task WriteAsync(Stream output, IEnumerable<ReleaseClipRow> clips, CancellationToken ct)
    {
        var durations = clips.Select(c => (c.Path, c.DurationMs)).ToList();
        durations.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        await using var writer = Utf8Text.CreateWriter(output);
        await writer.WriteAsync((Header + "\n").AsMemory(), ct);
        var line = new TsvLine();
        foreach (var (path, durationMs) in durations)
        {
            line.Start();
            line.Add(path);
            line.Add(durationMs);
            await writer.WriteAsync(line.Finish(), ct);
        }
        await writer.FlushAsync(ct);
    }
}
