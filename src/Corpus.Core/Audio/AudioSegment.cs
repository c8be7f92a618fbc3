using System.Text.Json.Serialization;

namespace Corpus.Core.Audio;

/// <summary>A piece of a long recording cut at a pause; times are seconds in the untrimmed 16 kHz signal.</summary>
public sealed record AudioSegment(int Index, double StartSeconds, double EndSeconds)
{
    /// <summary>The segment as a 16 kHz mono PCM16 WAV file (stored as a blob, not in the JSON).</summary>
    [JsonIgnore]
    public byte[] Wav { get; init; } = [];
}
