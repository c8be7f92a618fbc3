using System.Text.Json.Serialization;

namespace Corpus.Core.Audio;

/// <summary>The container format of an uploaded recording, as recognised from its first bytes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AudioContainer>))]
public enum AudioContainer
{
    Unknown,
    Wav,
    Ogg,
    WebM,
    Mp3,
    Mp4,
    Flac,
}
