namespace Corpus.Core.Audio;

/// <summary>Peak and RMS level in dBFS (full scale = 1.0) and DC offset of a mono signal.</summary>
internal readonly record struct SignalLevels(double PeakDbfs, double RmsDbfs, double DcOffset)
{
    /// <summary>The level reported for digital silence, instead of minus infinity.</summary>
    public const double SilenceDbfs = -120;

    public static SignalLevels Measure(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty) return new SignalLevels(SilenceDbfs, SilenceDbfs, 0);
        double sum = 0, sumSquares = 0;
        float peak = 0;
        foreach (var s in samples)
        {
            sum += s;
            sumSquares += s * s;
            var magnitude = Math.Abs(s);
            if (magnitude > peak) peak = magnitude;
        }
        return new SignalLevels(ToDb(peak), ToDb(Math.Sqrt(sumSquares / samples.Length)), sum / samples.Length);
    }

    public static double ToDb(double amplitude) =>
        amplitude <= 1e-6 ? SilenceDbfs : Math.Max(SilenceDbfs, 20 * Math.Log10(amplitude));
}
