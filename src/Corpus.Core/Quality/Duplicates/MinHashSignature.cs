namespace Corpus.Core.Quality.Duplicates;

/// <summary>The 112 minimum hash values of one text, with the forms an index or a database stores.</summary>
public sealed class MinHashSignature
{
    /// <summary>Bits kept per value in <see cref="Fingerprints"/>, enough to estimate Jaccard within about 0.05.</summary>
    public const int FingerprintBits = 16;

    private readonly ulong[] values;

    internal MinHashSignature(ulong[] values)
    {
        if (values.Length != MinHashScheme.HashCount)
            throw new ArgumentException($"A signature has {MinHashScheme.HashCount} values.", nameof(values));
        this.values = values;
    }

    public ReadOnlySpan<ulong> Values => values;

    /// <summary>One 64-bit hash per band: two texts are candidates when any band hash is equal.</summary>
    public ulong[] BandHashes()
    {
        var bands = new ulong[MinHashScheme.Bands];
        WriteBandHashes(bands);
        return bands;
    }

    /// <summary>The low 16 bits of each value: 224 bytes that still estimate Jaccard similarity.</summary>
    public ushort[] Fingerprints()
    {
        var fingerprints = new ushort[MinHashScheme.HashCount];
        WriteFingerprints(fingerprints);
        return fingerprints;
    }

    /// <summary>The share of equal values: an unbiased estimate of the Jaccard similarity of the shingle sets.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        var equal = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == other.values[i]) equal++;
        }
        return equal / (double)values.Length;
    }

    internal void WriteBandHashes(Span<ulong> bands)
    {
        for (var band = 0; band < MinHashScheme.Bands; band++)
        {
            var hash = (ulong)band + 1;
            var rows = values.AsSpan(band * MinHashScheme.RowsPerBand, MinHashScheme.RowsPerBand);
            foreach (var row in rows) hash = StableHash.Combine(hash, row);
            bands[band] = hash;
        }
    }

    internal void WriteFingerprints(Span<ushort> fingerprints)
    {
        for (var i = 0; i < values.Length; i++) fingerprints[i] = (ushort)values[i];
    }
}
