using Corpus.Core.Audio;

namespace Corpus.Core.Quality;

/// <summary>Turns a recording's audio flags into scorer flags; undecodable or empty files are hard failures.</summary>
internal static class AudioChecks
{
    public static void Add(AudioSignalInput audio, List<QualityFlag> flags)
    {
        if (audio.DecodeError is not null)
        {
            flags.Add(new(QualityFlags.CorruptAudio, $"The file could not be decoded: {audio.DecodeError}", null, null));
            return;
        }
        if (audio.DurationSeconds <= 0 && audio.Flags.Count == 0)
        {
            flags.Add(new(QualityFlags.EmptyAudio, "The recording holds no samples.", audio.DurationSeconds, 0));
            return;
        }
        foreach (var flag in audio.Flags)
        {
            flags.Add(new(flag.Name, flag.Reason, double.IsFinite(flag.Value) ? flag.Value : null, flag.Threshold)
            {
                Rejects = flag.Severity == AudioFlagSeverity.Reject,
            });
        }
    }
}
