using System.Text.Json.Serialization;

namespace Corpus.Core.Audio;

/// <summary>
/// A recording as published: 16 kHz mono PCM16, leading/trailing silence trimmed (keeping a margin),
/// and, when longer than the segment limit, split at pauses into <see cref="Segments"/>.
/// </summary>
public sealed record NormalizedAudio(
    AudioSourceFormat Source,
    int SampleRate,
    double DurationSeconds,
    double TrimStartSeconds,
    double TrimEndSeconds,
    IReadOnlyList<AudioSegment> Segments)
{
    /// <summary>The trimmed clip as a WAV file (stored as a blob, not in the JSON).</summary>
    [JsonIgnore]
    public byte[] Wav { get; init; } = [];
}
