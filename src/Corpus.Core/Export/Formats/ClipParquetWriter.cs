namespace Corpus.Core.Export.Formats;

/// <summary>Writes audio/{split}.parquet: the WAV bytes of every clip with its transcript and metadata.</summary>
internal static class ClipParquetWriter
{
    /// <summary>The row group size Hugging Face <c>datasets</c> itself uses for audio, so one group stays small.</summary>
    public const int DefaultClipsPerGroup = 100;

    public const int SamplingRate = 16_000;

    public static Task WriteAsync(Stream output, IEnumerable<ReleaseClipRow> clips, CancellationToken ct) =>
        WriteAsync(output, clips, DefaultClipsPerGroup, ct);

    public static async Task WriteAsync(Stream output, IEnumerable<ReleaseClipRow> clips, int clipsPerGroup, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clipsPerGroup);
        await using var file = await ReleaseParquetFile<ClipWithAudio>.CreateAsync(output, CreateColumns(), ct);
        foreach (var group in clips.Chunk(clipsPerGroup))
        {
            var loaded = new ClipWithAudio[group.Length];
            for (var i = 0; i < group.Length; i++) loaded[i] = new ClipWithAudio(group[i], await ReadWavAsync(group[i], ct));
            await file.WriteRowGroupAsync(loaded, ct);
        }
    }

    private static async Task<byte[]> ReadWavAsync(ReleaseClipRow clip, CancellationToken ct)
    {
        await using var audio = await clip.OpenAudio(ct);
        using var buffer = audio.CanSeek ? new MemoryStream(checked((int)(audio.Length - audio.Position))) : new MemoryStream();
        await audio.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static ParquetColumn<ClipWithAudio>[] CreateColumns() =>
    [
        new AudioColumn("audio", SamplingRate),
        new StringColumn<ClipWithAudio>("id", c => c.Clip.Id, nullable: false),
        new StringColumn<ClipWithAudio>("client_id", c => c.Clip.ClientId, nullable: false),
        new StringColumn<ClipWithAudio>("sentence", c => c.Clip.Sentence, nullable: false),
        new ValueColumn<ClipWithAudio, int>("up_votes", c => c.Clip.UpVotes),
        new ValueColumn<ClipWithAudio, int>("down_votes", c => c.Clip.DownVotes),
        new StringColumn<ClipWithAudio>("age", c => c.Clip.Age, nullable: false),
        new StringColumn<ClipWithAudio>("gender", c => c.Clip.Gender, nullable: false),
        new StringColumn<ClipWithAudio>("accents", c => c.Clip.Accents, nullable: false),
        new StringColumn<ClipWithAudio>("locale", c => c.Clip.Locale, nullable: false),
        new StringColumn<ClipWithAudio>("segment", c => c.Clip.Segment, nullable: false),
        new ValueColumn<ClipWithAudio, long>("duration_ms", c => c.Clip.DurationMs),
        new ValueColumn<ClipWithAudio, double>("quality_score", c => c.Clip.QualityScore),
    ];
}
