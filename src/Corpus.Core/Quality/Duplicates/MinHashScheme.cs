namespace Corpus.Core.Quality.Duplicates;

/// <summary>The fixed MinHash LSH layout shared by every signature, index file and database row.</summary>
public static class MinHashScheme
{
    public const int Bands = 14;
    public const int RowsPerBand = 8;
    public const int HashCount = Bands * RowsPerBand;
    public const int ShingleSize = 5;

    /// <summary>Texts with at least this many words are shingled by words, shorter ones by characters.</summary>
    public const int WordShingleMinWords = 20;

    /// <summary>The Jaccard similarity where a pair has a 50% chance of sharing a band: (1/14)^(1/8) ~ 0.719.</summary>
    public const double LshThreshold = 0.72;

    /// <summary>Changes whenever anything above or the hashing below changes; stored items must be re-signed then.</summary>
    public const string Version = "minhash-14x8-m61-s5-v2";

    internal const ulong MersennePrime = (1UL << 61) - 1;
    internal const ulong PermutationSeed = 0x5EED_C0A9_0DA2_1A11UL;
}
