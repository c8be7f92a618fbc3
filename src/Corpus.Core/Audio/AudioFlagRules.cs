namespace Corpus.Core.Audio;

/// <summary>Turns measurements into flags, each with the measured value and the threshold it crossed.</summary>
internal static class AudioFlagRules
{
    public static List<AudioFlag> Evaluate(AudioMeasurements m, AudioOptions o, bool prompted)
    {
        var flags = new List<AudioFlag>();
        void Add(string name, double value, double threshold, string reason, AudioFlagSeverity severity = AudioFlagSeverity.Review) =>
            flags.Add(new AudioFlag(name, Math.Round(value, 4), threshold, reason, severity));

        var hasSpeech = m.SpeechSeconds >= o.MinSpeechSeconds;
        if (!hasSpeech)
            Add("no_speech", m.SpeechSeconds, o.MinSpeechSeconds, "No speech found: silence, room tone or constant noise only.", AudioFlagSeverity.Reject);
        else if (m.SpeechShare < o.MinSpeechShare)
            Add("speech_share_low", m.SpeechShare, o.MinSpeechShare, "Less than half of the trimmed clip is speech.");

        if (m.TrimmedDurationSeconds < o.MinDurationSeconds)
            Add("too_short", m.TrimmedDurationSeconds, o.MinDurationSeconds, "The clip is shorter than the minimum duration.");
        if (prompted && m.TrimmedDurationSeconds > o.MaxPromptedDurationSeconds)
            Add("too_long", m.TrimmedDurationSeconds, o.MaxPromptedDurationSeconds, "A prompted clip is longer than the maximum duration.");
        if (m.PeakDbfs < o.MinPeakDbfs)
            Add("peak_low", m.PeakDbfs, o.MinPeakDbfs, "The recording is very quiet (peak level below the minimum).");

        if (m.SnrDb is { } snr && hasSpeech)
        {
            if (snr < o.SnrRejectDb)
                Add("snr_very_low", snr, o.SnrRejectDb, "Noise is about as loud as the speech (WADA-SNR).", AudioFlagSeverity.Reject);
            else if (snr < o.SnrFlagDb)
                Add("snr_low", snr, o.SnrFlagDb, "Audible background noise (WADA-SNR below the threshold).");
        }

        if (m.ClippedShare > o.MaxClippedShare)
            Add("clipping", m.ClippedShare, o.MaxClippedShare, "Too many samples at full scale: the recording is clipped.");
        if (m.LongestFullScaleRun >= o.ClipRunLength)
            Add("clipping_run", m.LongestFullScaleRun, o.ClipRunLength, "Consecutive full-scale samples: the waveform was cut off.");

        if (hasSpeech && m.BandwidthHz < o.MinBandwidthHz)
            Add("bandwidth_narrow", m.BandwidthHz, o.MinBandwidthHz, "Little or no energy above 4 kHz: telephone quality or upsampled audio.");

        if (hasSpeech && m.WordsPerSecond is { } words)
        {
            if (words < o.MinWordsPerSecond) Add("speech_rate_slow", words, o.MinWordsPerSecond, "Fewer words per second than a reading of the prompt takes.");
            if (words > o.MaxWordsPerSecond) Add("speech_rate_fast", words, o.MaxWordsPerSecond, "More words per second than a reading of the prompt allows: text may be missing.");
        }
        if (hasSpeech && m.CharsPerSecond is { } chars)
        {
            if (chars < o.MinCharsPerSecond) Add("char_rate_slow", chars, o.MinCharsPerSecond, "Too few prompt characters per second of speech.");
            if (chars > o.MaxCharsPerSecond) Add("char_rate_fast", chars, o.MaxCharsPerSecond, "Too many prompt characters per second of speech.");
        }
        return flags;
    }
}
