namespace Corpus.Core.Quality.Duplicates;

/// <summary>Jaccard estimates from 16-bit fingerprints, corrected for chance agreement of the low bits.</summary>
public static class FingerprintSimilarity
{
    private const double ChanceMatch = 1.0 / (1 << MinHashSignature.FingerprintBits);

    public static double Estimate(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) equal++;
        }
        var share = equal / (double)a.Length;
        return Math.Max(0, (share - ChanceMatch) / (1 - ChanceMatch));
    }
}
