namespace Corpus.Core.Audio;

/// <summary>Everything learned about one recording: source format, measurements, flags, and the normalized audio.</summary>
public sealed record AudioAnalysis(
    string Version,
    AudioSourceFormat Source,
    AudioMeasurements Measurements,
    IReadOnlyList<AudioFlag> Flags,
    NormalizedAudio Normalized)
{
    public bool Rejected => Flags.Any(f => f.Severity == AudioFlagSeverity.Reject);
}
