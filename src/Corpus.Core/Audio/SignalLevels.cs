using System.Numerics;

namespace Corpus.Core.Audio;

/// <summary>Peak and RMS level in dBFS (full scale = 1.0) and DC offset of a mono signal.</summary>
internal readonly record struct SignalLevels(double PeakDbfs, double RmsDbfs, double DcOffset)
{
    /// <summary>The level reported for digital silence, instead of minus infinity.</summary>
    public const double SilenceDbfs = -120;

    private const int AccumulationBlock = 1024;

    public static SignalLevels Measure(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty) return new SignalLevels(SilenceDbfs, SilenceDbfs, 0);
        double sum = 0, sumSquares = 0;
        var peak = Vector<float>.Zero;
        var width = Vector<float>.Count;
        var i = 0;
        // Float vectors accumulate short blocks only, then hand over to doubles, so long files keep their precision.
        while (i <= samples.Length - width)
        {
            var blockSum = Vector<float>.Zero;
            var blockSquares = Vector<float>.Zero;
            var blockEnd = Math.Min(samples.Length - width, i + AccumulationBlock);
            for (; i <= blockEnd; i += width)
            {
                var v = new Vector<float>(samples[i..]);
                blockSum += v;
                blockSquares += v * v;
                peak = Vector.Max(peak, Vector.Abs(v));
            }
            sum += Vector.Sum(blockSum);
            sumSquares += Vector.Sum(blockSquares);
        }
        var peakValue = 0f;
        for (var lane = 0; lane < width; lane++) peakValue = Math.Max(peakValue, peak[lane]);
        for (; i < samples.Length; i++)
        {
            sum += samples[i];
            sumSquares += samples[i] * samples[i];
            peakValue = Math.Max(peakValue, Math.Abs(samples[i]));
        }
        return new SignalLevels(ToDb(peakValue), ToDb(Math.Sqrt(sumSquares / samples.Length)), sum / samples.Length);
    }

    public static double ToDb(double amplitude) =>
        amplitude <= 1e-6 ? SilenceDbfs : Math.Max(SilenceDbfs, 20 * Math.Log10(amplitude));
}
