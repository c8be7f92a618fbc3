namespace Corpus.Core.Audio;

/// <summary>
/// Estimates the audio bandwidth: the highest frequency whose long-term power (averaged over up to
/// <see cref="MaxFrames"/> speech frames) is within <see cref="RangeDb"/> of the strongest band. Telephone
/// audio and recordings upsampled from 8 kHz have almost nothing above 4 kHz and read about 3.4-4 kHz.
/// </summary>
internal static class BandwidthEstimator
{
    public const int FftLength = 512;
    private const int MaxFrames = 200;
    private const double RangeDb = 60;
    private static readonly double[] Hann = BuildHann();

    /// <param name="frameStarts">Sample offsets of candidate frames (speech), or empty to use the whole signal.</param>
    public static double Estimate(ReadOnlySpan<float> samples, int sampleRate, ReadOnlySpan<int> frameStarts)
    {
        if (samples.Length < FftLength) return 0;
        Span<double> real = stackalloc double[FftLength];
        Span<double> imaginary = stackalloc double[FftLength];
        Span<double> power = stackalloc double[FftLength / 2 + 1];
        power.Clear();

        var available = frameStarts.IsEmpty ? samples.Length / FftLength : frameStarts.Length;
        var used = Math.Min(MaxFrames, available);
        for (var u = 0; u < used; u++)
        {
            var pick = (int)((long)u * available / used);
            var start = frameStarts.IsEmpty ? pick * FftLength : Math.Min(frameStarts[pick], samples.Length - FftLength);
            for (var i = 0; i < FftLength; i++) real[i] = samples[start + i] * Hann[i];
            imaginary.Clear();
            Fft.Forward(real, imaginary);
            for (var k = 0; k < power.Length; k++) power[k] += real[k] * real[k] + imaginary[k] * imaginary[k];
        }

        double strongest = 0;
        for (var k = 2; k < power.Length; k++) strongest = Math.Max(strongest, Smoothed(power, k));
        if (strongest <= 0) return 0;
        var floor = strongest * Math.Pow(10, -RangeDb / 10);
        for (var k = power.Length - 1; k >= 2; k--)
        {
            if (Smoothed(power, k) >= floor) return (double)k * sampleRate / FftLength;
        }
        return 0;
    }

    private static double[] BuildHann()
    {
        var window = new double[FftLength];
        for (var i = 0; i < FftLength; i++) window[i] = 0.5 - 0.5 * Math.Cos(2 * Math.PI * i / (FftLength - 1));
        return window;
    }

    private static double Smoothed(ReadOnlySpan<double> power, int k)
    {
        var from = Math.Max(0, k - 2);
        var to = Math.Min(power.Length - 1, k + 2);
        double sum = 0;
        for (var i = from; i <= to; i++) sum += power[i];
        return sum / (to - from + 1);
    }
}
