namespace Corpus.Core.Export;

/// <summary>One recorded clip as it appears in a release (audio/{split}.tsv and .parquet, audio/clips/).</summary>
public sealed record ReleaseClipRow
{
    public required string Id { get; init; }
    public required string Split { get; init; }
    /// <summary>Pseudonymous speaker id, stable across releases, unrelated to any API id.</summary>
    public required string ClientId { get; init; }
    /// <summary>File name under audio/clips/, e.g. <c>01J....wav</c>.</summary>
    public required string Path { get; init; }
    /// <summary>The normalized transcript (prompt text or the contributor's own transcript).</summary>
    public required string Sentence { get; init; }
    public required int UpVotes { get; init; }
    public required int DownVotes { get; init; }
    public required string Age { get; init; }
    public required string Gender { get; init; }
    /// <summary>Region of Morocco the speaker gave (Common Voice's "accents" column).</summary>
    public required string Accents { get; init; }
    public required string Locale { get; init; }
    /// <summary>Common Voice's "segment" column: the name of a targeted collection, empty by default.</summary>
    public required string Segment { get; init; }
    public required long DurationMs { get; init; }
    public required double QualityScore { get; init; }
    /// <summary>16 kHz mono 16-bit PCM WAV bytes of the clip, read lazily by writers that embed audio.</summary>
    public required Func<CancellationToken, Task<Stream>> OpenAudio { get; init; }
}
