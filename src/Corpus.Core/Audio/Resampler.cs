using System.Numerics;

namespace Corpus.Core.Audio;

/// <summary>
/// Band-limited sample-rate conversion with a Kaiser-windowed sinc, precomputed per phase.
/// Used for WAV input so that plain PCM needs no ffmpeg; the cutoff sits just below the lower Nyquist.
/// </summary>
internal static class Resampler
{
    private const int ZeroCrossings = 16;
    private const double KaiserBeta = 8.6;
    private const double CutoffFraction = 0.95;
    private const int MaxPhases = 1024;

    public static float[] Resample(ReadOnlySpan<float> input, int fromRate, int toRate)
    {
        if (fromRate == toRate) return input.ToArray();
        var divisor = Gcd(fromRate, toRate);
        long up = toRate / divisor, down = fromRate / divisor;
        var cutoff = Math.Min(1.0, (double)toRate / fromRate) * CutoffFraction;
        var halfWidth = (int)Math.Ceiling(ZeroCrossings / cutoff);
        var taps = 2 * halfWidth;
        var phases = (int)Math.Min(up, MaxPhases);
        var kernel = BuildKernel(phases, taps, halfWidth, cutoff);

        var outputLength = (long)input.Length * up / down;
        var output = new float[outputLength];
        for (long n = 0; n < outputLength; n++)
        {
            var position = n * down;
            var center = position / up;
            var phase = (int)(position % up * phases / up);
            var weights = kernel.AsSpan(phase * taps, taps);
            var first = center - halfWidth + 1;
            float sum = 0;
            if (first >= 0 && first + taps <= input.Length)
            {
                sum = Dot(input.Slice((int)first, taps), weights);
            }
            else
            {
                for (var k = 0; k < taps; k++)
                {
                    var index = first + k;
                    if (index >= 0 && index < input.Length) sum += input[(int)index] * weights[k];
                }
            }
            output[n] = sum;
        }
        return output;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var accumulator = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            accumulator += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var sum = Vector.Sum(accumulator);
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    // Weights for output positions a fraction p/phases past input sample "center": tap k sits at
    // distance (k - halfWidth + 1) - p/phases input samples. Each phase is normalised to unit DC gain.
    private static float[] BuildKernel(int phases, int taps, int halfWidth, double cutoff)
    {
        var kernel = new float[phases * taps];
        var i0Beta = BesselI0(KaiserBeta);
        for (var p = 0; p < phases; p++)
        {
            var fraction = (double)p / phases;
            double sum = 0;
            for (var k = 0; k < taps; k++)
            {
                var x = k - halfWidth + 1 - fraction;
                var ratio = x / halfWidth;
                var window = Math.Abs(ratio) >= 1 ? 0 : BesselI0(KaiserBeta * Math.Sqrt(1 - ratio * ratio)) / i0Beta;
                var w = cutoff * Sinc(cutoff * x) * window;
                kernel[p * taps + k] = (float)w;
                sum += w;
            }
            for (var k = 0; k < taps; k++) kernel[p * taps + k] = (float)(kernel[p * taps + k] / sum);
        }
        return kernel;
    }

    private static double Sinc(double x) => x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, quarterSquare = x * x / 4;
        for (var k = 1; k < 50 && term > 1e-12 * sum; k++)
        {
            term *= quarterSquare / (k * k);
            sum += term;
        }
        return sum;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }
}
