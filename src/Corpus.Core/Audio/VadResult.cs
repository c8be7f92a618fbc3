namespace Corpus.Core.Audio;

/// <summary>Per-frame decisions of the energy VAD: raw (above threshold) and with hangover applied.</summary>
internal sealed record VadResult(
    int FrameLength, bool[] RawSpeech, bool[] Speech, float[] EnergiesDb, double NoiseFloorDb, double ThresholdDb)
{
    public int FrameCount => Speech.Length;

    public int FirstRawSpeechFrame => Array.IndexOf(RawSpeech, true);

    public int LastRawSpeechFrame => Array.LastIndexOf(RawSpeech, true);

    public bool HasSpeech => FirstRawSpeechFrame >= 0;

    /// <summary>Share of frames in [first, last) that are speech (hangover included).</summary>
    public double SpeechShare(int firstFrame, int endFrame)
    {
        firstFrame = Math.Max(0, firstFrame);
        endFrame = Math.Min(FrameCount, endFrame);
        if (endFrame <= firstFrame) return 0;
        var speech = 0;
        for (var f = firstFrame; f < endFrame; f++) if (Speech[f]) speech++;
        return (double)speech / (endFrame - firstFrame);
    }
}
