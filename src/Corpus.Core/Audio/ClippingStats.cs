namespace Corpus.Core.Audio;

/// <summary>How much of a recording sits at full scale: the share of such samples and the longest run in one channel.</summary>
internal readonly record struct ClippingStats(double ClippedShare, int LongestRun)
{
    public static ClippingStats Measure(PcmAudio audio, float clipLevel) =>
        Measure(audio.Samples, audio.Channels, clipLevel);

    public static ClippingStats Measure(ReadOnlySpan<float> interleaved, int channels, float clipLevel)
    {
        if (interleaved.IsEmpty) return new ClippingStats(0, 0);
        long clipped = 0;
        var longest = 0;
        Span<int> runs = stackalloc int[channels];
        for (int i = 0, c = 0; i < interleaved.Length; i++)
        {
            if (Math.Abs(interleaved[i]) >= clipLevel)
            {
                clipped++;
                if (++runs[c] > longest) longest = runs[c];
            }
            else
            {
                runs[c] = 0;
            }
            if (++c == channels) c = 0;
        }
        return new ClippingStats((double)clipped / interleaved.Length, longest);
    }
}
