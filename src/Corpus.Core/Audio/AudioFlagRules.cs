using static Corpus.Core.Audio.AudioFlagNames;
using static Corpus.Core.FlagFormat;

namespace Corpus.Core.Audio;

/// <summary>
/// The one set of audio quality rules: turns measurements into flags, each with the measured value and
/// the threshold (from <see cref="AudioOptions"/>) written into its reason. The scorer decides on these.
/// </summary>
internal static class AudioFlagRules
{
    public static List<AudioFlag> Evaluate(AudioMeasurements m, AudioOptions o, bool prompted)
    {
        var flags = new List<AudioFlag>();
        void Add(string name, double value, double threshold, string reason, AudioFlagSeverity severity = AudioFlagSeverity.Review) =>
            flags.Add(new AudioFlag(name, Math.Round(value, 4), threshold, reason, severity));

        var hasSpeech = m.SpeechSeconds >= o.MinSpeechSeconds;
        if (!hasSpeech)
            Add(NoSpeech, m.SpeechSeconds, o.MinSpeechSeconds,
                $"No speech found ({Number(m.SpeechSeconds)} s of speech, at least {Number(o.MinSpeechSeconds)} s needed): silence, room tone or constant noise only.");
        else if (m.SpeechShare < o.MinSpeechShare)
            Add(LowSpeechShare, m.SpeechShare, o.MinSpeechShare,
                $"Speech in {Percent(m.SpeechShare)} of the trimmed clip; at least {Percent(o.MinSpeechShare)} expected.");

        if (m.TrimmedDurationSeconds < o.MinDurationSeconds)
            Add(TooShort, m.TrimmedDurationSeconds, o.MinDurationSeconds,
                $"The clip lasts {Number(m.TrimmedDurationSeconds)} s after trimming; at least {Number(o.MinDurationSeconds)} s expected.");
        if (prompted && m.TrimmedDurationSeconds > o.MaxPromptedDurationSeconds)
            Add(TooLong, m.TrimmedDurationSeconds, o.MaxPromptedDurationSeconds,
                $"A prompted clip of {Number(m.TrimmedDurationSeconds)} s is longer than {Number(o.MaxPromptedDurationSeconds)} s.");
        if (m.PeakDbfs < o.MinPeakDbfs)
            Add(TooQuiet, m.PeakDbfs, o.MinPeakDbfs,
                $"Peak level {Number(m.PeakDbfs, "0.0")} dBFS is below {Number(o.MinPeakDbfs)} dBFS: the recording is very quiet.");

        if (m.SnrDb is { } snr && hasSpeech)
        {
            if (snr < o.SnrRejectDb)
                Add(VeryLowSnr, snr, o.SnrRejectDb,
                    $"Signal-to-noise ratio {Number(snr, "0.0")} dB is below {Number(o.SnrRejectDb)} dB: noise is about as loud as the speech (WADA-SNR).",
                    AudioFlagSeverity.Reject);
            else if (snr < o.SnrFlagDb)
                Add(LowSnr, snr, o.SnrFlagDb,
                    $"Signal-to-noise ratio {Number(snr, "0.0")} dB is below {Number(o.SnrFlagDb)} dB: audible background noise (WADA-SNR).");
        }

        if (m.ClippedShare > o.MaxClippedShare)
            Add(Clipping, m.ClippedShare, o.MaxClippedShare,
                $"{Percent(m.ClippedShare)} of samples at full scale (limit {Percent(o.MaxClippedShare)}): the recording is clipped.");
        if (m.LongestFullScaleRun >= o.ClipRunLength)
            Add(ClippingRun, m.LongestFullScaleRun, o.ClipRunLength,
                $"{m.LongestFullScaleRun} consecutive samples at full scale (limit {o.ClipRunLength}): the waveform was cut off.");

        if (hasSpeech && m.BandwidthHz < o.MinBandwidthHz)
            Add(NarrowBandwidth, m.BandwidthHz, o.MinBandwidthHz,
                $"Bandwidth {Number(m.BandwidthHz, "0")} Hz is below {Number(o.MinBandwidthHz)} Hz: telephone quality or upsampled audio.");

        if (hasSpeech && m.WordsPerSecond is { } words)
        {
            if (words < o.MinWordsPerSecond) Add(SpeechRateSlow, words, o.MinWordsPerSecond, Rate(words, "words", o.MinWordsPerSecond, o.MaxWordsPerSecond));
            if (words > o.MaxWordsPerSecond) Add(SpeechRateFast, words, o.MaxWordsPerSecond, Rate(words, "words", o.MinWordsPerSecond, o.MaxWordsPerSecond));
        }
        if (hasSpeech && m.CharsPerSecond is { } chars)
        {
            if (chars < o.MinCharsPerSecond) Add(CharRateSlow, chars, o.MinCharsPerSecond, Rate(chars, "characters", o.MinCharsPerSecond, o.MaxCharsPerSecond));
            if (chars > o.MaxCharsPerSecond) Add(CharRateFast, chars, o.MaxCharsPerSecond, Rate(chars, "characters", o.MinCharsPerSecond, o.MaxCharsPerSecond));
        }
        return flags;
    }

    private static string Rate(double value, string unit, double min, double max) =>
        $"{Number(value)} prompt {unit} per second of speech is outside {Number(min)}-{Number(max)}: the reading may not match the prompt.";
}
