namespace Corpus.Core.Audio;

/// <summary>In-place iterative radix-2 complex FFT for power-of-two lengths.</summary>
internal static class Fft
{
    public static void Forward(Span<double> real, Span<double> imaginary)
    {
        var n = real.Length;
        if (n == 0 || (n & (n - 1)) != 0 || imaginary.Length != n)
            throw new ArgumentException("FFT length must be a power of two and both parts the same length.");

        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j)
            {
                (real[i], real[j]) = (real[j], real[i]);
                (imaginary[i], imaginary[j]) = (imaginary[j], imaginary[i]);
            }
        }

        for (var length = 2; length <= n; length <<= 1)
        {
            var angle = -2 * Math.PI / length;
            double stepRe = Math.Cos(angle), stepIm = Math.Sin(angle);
            for (var start = 0; start < n; start += length)
            {
                double wRe = 1, wIm = 0;
                for (var k = 0; k < length / 2; k++)
                {
                    int a = start + k, b = a + length / 2;
                    var tRe = real[b] * wRe - imaginary[b] * wIm;
                    var tIm = real[b] * wIm + imaginary[b] * wRe;
                    real[b] = real[a] - tRe;
                    imaginary[b] = imaginary[a] - tIm;
                    real[a] += tRe;
                    imaginary[a] += tIm;
                    (wRe, wIm) = (wRe * stepRe - wIm * stepIm, wRe * stepIm + wIm * stepRe);
                }
            }
        }
    }
}
