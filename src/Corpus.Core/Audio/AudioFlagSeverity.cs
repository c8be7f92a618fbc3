using System.Text.Json.Serialization;

namespace Corpus.Core.Audio;

/// <summary>Whether a flagged recording goes to review or is rejected outright.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AudioFlagSeverity>))]
public enum AudioFlagSeverity
{
    Review,
    Reject,
}
