namespace Corpus.Core.Audio;

/// <summary>
/// Estimates the signal-to-noise ratio of a recording from its amplitude distribution alone (WADA-SNR):
/// the observed G = ln mean|z| - mean ln|z| is located in <see cref="WadaSnrTable"/>.
/// </summary>
internal static class WadaSnr
{
    // Exact digital zeros (gated or padded audio) would send mean ln|z| to minus infinity; they carry no
    // information about the noise and are left out. Anything this small is a zero in 24-bit audio too.
    private const float ZeroLevel = 1e-7f;
    private const float MaxMagnitude = 1e4f;
    private const int LogBlock = 32;

    /// <returns>The SNR in dB, clamped to the table's range, or null when fewer than 100 non-zero samples exist.</returns>
    public static double? Estimate(ReadOnlySpan<float> samples)
    {
        double sumAbs = 0, sumLog = 0;
        long count = 0;
        // Σ ln|z| is taken as ln Π|z| over blocks of 32 magnitudes, one logarithm per block instead of per
        // sample; clamping to [1e-7, 1e4] keeps every block product inside the range of a double.
        double product = 1;
        var inBlock = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            var magnitude = Math.Abs(samples[i]);
            if (magnitude < ZeroLevel) continue;
            magnitude = Math.Min(magnitude, MaxMagnitude);
            sumAbs += magnitude;
            product *= magnitude;
            count++;
            if (++inBlock == LogBlock)
            {
                sumLog += Math.Log(product);
                product = 1;
                inBlock = 0;
            }
        }
        sumLog += Math.Log(product);
        if (count < 100) return null;
        var g = Math.Log(sumAbs / count) - sumLog / count;
        return Lookup(g);
    }

    internal static double Lookup(double g)
    {
        var table = WadaSnrTable.Values;
        if (g <= table[0]) return WadaSnrTable.MinDb;
        if (g >= table[^1]) return WadaSnrTable.MaxDb;
        var i = 1;
        while (table[i] < g) i++;
        var fraction = (g - table[i - 1]) / (table[i] - table[i - 1]);
        return WadaSnrTable.MinDb + i - 1 + fraction;
    }
}
