namespace Corpus.Core.Audio;

/// <summary>Measures a decoded 16 kHz mono recording, trims it, splits it when long, and flags it.</summary>
internal static class AudioAnalyzer
{
    private const int Rate = AudioDecoder.TargetRate;

    public static AudioAnalysis Analyze(DecodedAudio decoded, string? promptText, AudioOptions options)
    {
        var signal = decoded.Samples;
        var vad = EnergyVad.Detect(signal, Rate, options.Vad);
        var frame = vad.FrameLength;
        var keep = options.KeepSilenceMs * Rate / 1000;

        int trimStart = 0, trimEnd = signal.Length, speechStart = signal.Length, speechEnd = signal.Length;
        if (vad.HasSpeech)
        {
            speechStart = vad.FirstRawSpeechFrame * frame;
            speechEnd = Math.Min(signal.Length, (vad.LastRawSpeechFrame + 1) * frame);
            trimStart = Math.Max(0, speechStart - keep);
            trimEnd = Math.Min(signal.Length, speechEnd + keep);
        }
        var trimmed = signal.AsSpan(trimStart, trimEnd - trimStart);
        var levels = SignalLevels.Measure(trimmed);
        var speechFrames = CountSpeechFrames(vad);
        var speechSpanSeconds = vad.HasSpeech ? (double)(speechEnd - speechStart) / Rate : 0;

        double? wordsPerSecond = null, charsPerSecond = null;
        if (!string.IsNullOrWhiteSpace(promptText) && speechSpanSeconds > 0)
        {
            var (words, chars) = PromptText.Count(promptText);
            wordsPerSecond = Math.Round(words / speechSpanSeconds, 3);
            charsPerSecond = Math.Round(chars / speechSpanSeconds, 3);
        }

        var measurements = new AudioMeasurements(
            DurationSeconds: Seconds(signal.Length),
            TrimmedDurationSeconds: Seconds(trimmed.Length),
            PeakDbfs: Math.Round(levels.PeakDbfs, 2),
            RmsDbfs: Math.Round(levels.RmsDbfs, 2),
            DcOffset: Math.Round(levels.DcOffset, 6),
            SnrDb: WadaSnr.Estimate(trimmed) is { } snr ? Math.Round(snr, 2) : null,
            ClippedShare: Math.Round(decoded.Clipping.ClippedShare, 6),
            LongestFullScaleRun: decoded.Clipping.LongestRun,
            SpeechShare: Math.Round(vad.SpeechShare(trimStart / frame, (trimEnd + frame - 1) / frame), 3),
            SpeechSeconds: Seconds(speechFrames * frame),
            LeadingSilenceSeconds: Seconds(speechStart),
            TrailingSilenceSeconds: Seconds(signal.Length - speechEnd),
            BandwidthHz: BandwidthEstimator.Estimate(trimmed, Rate, SpeechFrameStarts(vad, trimStart, trimEnd)),
            WordsPerSecond: wordsPerSecond,
            CharsPerSecond: charsPerSecond);

        var flags = AudioFlagRules.Evaluate(measurements, options, prompted: !string.IsNullOrWhiteSpace(promptText));
        var normalized = new NormalizedAudio(
            decoded.Source, Rate, Seconds(trimmed.Length), Seconds(trimStart), Seconds(trimEnd), Segments(signal, vad, trimStart, trimEnd, options))
        {
            Wav = Pcm16Wav.Encode(trimmed, Rate),
        };
        return new AudioAnalysis(AudioProcessor.Version, decoded.Source, measurements, flags, normalized);
    }

    private static List<AudioSegment> Segments(float[] signal, VadResult vad, int trimStart, int trimEnd, AudioOptions options)
    {
        var segments = new List<AudioSegment>();
        if (trimEnd - trimStart <= options.SegmentMaxSeconds * Rate) return segments;
        var ranges = PauseSegmenter.Split(
            vad, trimStart, trimEnd, (int)(options.SegmentMinSeconds * Rate), (int)(options.SegmentMaxSeconds * Rate),
            Math.Max(1, options.MinPauseMs / options.VadFrameMs));
        for (var i = 0; i < ranges.Count; i++)
        {
            var (start, end) = ranges[i];
            segments.Add(new AudioSegment(i, Seconds(start), Seconds(end)) { Wav = Pcm16Wav.Encode(signal.AsSpan(start, end - start), Rate) });
        }
        return segments;
    }

    private static int[] SpeechFrameStarts(VadResult vad, int trimStart, int trimEnd)
    {
        var starts = new List<int>();
        for (var f = 0; f < vad.FrameCount; f++)
        {
            var start = f * vad.FrameLength;
            if (vad.RawSpeech[f] && start >= trimStart && start < trimEnd) starts.Add(start - trimStart);
        }
        return starts.ToArray();
    }

    private static int CountSpeechFrames(VadResult vad)
    {
        var count = 0;
        foreach (var speech in vad.Speech) if (speech) count++;
        return count;
    }

    private static double Seconds(int samples) => Math.Round((double)samples / Rate, 3);
}
