using static Corpus.Core.Quality.FlagFormat;

namespace Corpus.Core.Quality;

/// <summary>Turns audio measurements into flags (DESIGN.md §4 thresholds).</summary>
internal static class AudioChecks
{
    public static void Add(AudioSignalInput a, QualityScorerOptions o, List<QualityFlag> flags)
    {
        if (a.DecodeError is not null)
        {
            flags.Add(new(QualityFlags.CorruptAudio, $"The file could not be decoded: {a.DecodeError}", null, null));
            return;
        }
        if (a.DurationSeconds <= 0)
        {
            flags.Add(new(QualityFlags.EmptyAudio, "The recording holds no samples.", a.DurationSeconds, 0));
            return;
        }
        Duration(a, o, flags);
        if (a.SnrDb is { } snr && snr < o.FlagSnrBelowDb)
        {
            var reject = snr < o.RejectSnrBelowDb;
            var limit = reject ? o.RejectSnrBelowDb : o.FlagSnrBelowDb;
            flags.Add(new(reject ? QualityFlags.VeryLowSnr : QualityFlags.LowSnr,
                $"Signal-to-noise ratio {Number(snr, "0.0")} dB is below {Number(limit)} dB.", snr, limit));
        }
        if (a.PeakDbfs is { } peak && peak < o.MinPeakDbfs)
            flags.Add(new(QualityFlags.TooQuiet,
                $"Peak level {Number(peak, "0.0")} dBFS is below {Number(o.MinPeakDbfs)} dBFS{(double.IsNegativeInfinity(peak) ? " (digital silence)" : "")}.",
                double.IsFinite(peak) ? peak : null, o.MinPeakDbfs));
        Clipping(a, o, flags);
        if (a.SpeechShare is { } speech && speech < o.MinSpeechShare)
            flags.Add(new(QualityFlags.LowSpeechShare,
                $"Speech in {Percent(speech)} of the recording; at least {Percent(o.MinSpeechShare)} expected.", speech, o.MinSpeechShare));
        if (a.BandwidthHz is { } bandwidth && bandwidth < o.MinBandwidthHz)
            flags.Add(new(QualityFlags.NarrowBandwidth,
                $"Bandwidth {Number(bandwidth, "0")} Hz is below {Number(o.MinBandwidthHz)} Hz (telephone or upsampled audio).", bandwidth, o.MinBandwidthHz));
    }

    private static void Duration(AudioSignalInput a, QualityScorerOptions o, List<QualityFlag> flags)
    {
        var min = a.IsPrompted ? o.MinPromptedSeconds : o.MinSeconds;
        var tooLong = a.IsPrompted && a.DurationSeconds > o.MaxPromptedSeconds;
        if (a.DurationSeconds < min || tooLong)
            flags.Add(new(QualityFlags.DurationOutOfRange,
                $"Duration {Number(a.DurationSeconds)} s is outside {Number(min)}-{(a.IsPrompted ? Number(o.MaxPromptedSeconds) : "any")} s.",
                a.DurationSeconds, tooLong ? o.MaxPromptedSeconds : min));
        if (!a.IsPrompted) return;
        Rate(QualityFlags.SpeechRateWords, "words", a.WordsPerSecond, o.MinWordsPerSecond, o.MaxWordsPerSecond, flags);
        Rate(QualityFlags.SpeechRateCharacters, "characters", a.CharactersPerSecond, o.MinCharactersPerSecond, o.MaxCharactersPerSecond, flags);
    }

    private static void Rate(string name, string unit, double? rate, double min, double max, List<QualityFlag> flags)
    {
        if (rate is not { } value || (value >= min && value <= max)) return;
        var limit = value < min ? min : max;
        flags.Add(new(name,
            $"{Number(value)} prompt {unit} per second is outside {Number(min)}-{Number(max)}: the reading may not match the prompt.",
            value, limit));
    }

    private static void Clipping(AudioSignalInput a, QualityScorerOptions o, List<QualityFlag> flags)
    {
        var share = a.ClippingShare ?? 0;
        var run = a.LongestFullScaleRun ?? 0;
        if (share <= o.MaxClippingShare && run <= o.MaxFullScaleRun) return;
        flags.Add(new(QualityFlags.Clipping,
            $"{Percent(share)} of samples at full scale (limit {Percent(o.MaxClippingShare)}), longest full-scale run {run} samples (limit {o.MaxFullScaleRun}).",
            share, o.MaxClippingShare));
    }
}
