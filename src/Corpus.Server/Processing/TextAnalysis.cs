using Corpus.Core.Normalization;
using Corpus.Core.Quality;
using Corpus.Core.Quality.Duplicates;
using Corpus.Data.Processing;

namespace Corpus.Server.Processing;

/// <summary>Normalizes a text and finds earlier exact and near copies of it.</summary>
internal sealed class TextAnalysis(ResultStore results)
{
    public async Task<TextFacts> AnalyzeAsync(string itemId, string raw, CancellationToken cancellationToken)
    {
        // Every submitted text gets the social cleaning: phone numbers, e-mails, ids and links are
        // personal data or noise wherever they appear, so they are redacted in the display form and flagged.
        var normalized = TextNormalizer.Normalize(raw, TextKind.Social);
        if (normalized.Key.Trim().Length == 0)
            return new TextFacts(normalized, null, null, null, null);

        var dedupHash = "text:" + ExactDuplicateKey.Compute(normalized.Key);
        var exact = await results.FindFirstWithHashAsync(dedupHash, itemId, cancellationToken);

        var signature = MinHasher.Compute(normalized.Key);
        var fingerprints = signature.Fingerprints();
        var bandKeys = BandKeys(signature.BandHashes());
        (string, double)? near = null;
        foreach (var (candidate, stored) in await results.FindBandCandidatesAsync(bandKeys, itemId, cancellationToken))
        {
            var similarity = FingerprintSimilarity.Estimate(fingerprints, Fingerprints(stored));
            if (similarity >= MinHashScheme.LshThreshold && (near is null || similarity > near.Value.Item2)) near = (candidate, similarity);
        }
        var minHash = new MinHashRow(itemId, Bytes(fingerprints), bandKeys);
        return new TextFacts(normalized, dedupHash, exact, near, minHash);
    }

    /// <summary>Band hashes tagged with their band, so equal hashes in different bands never meet.</summary>
    private static long[] BandKeys(ulong[] bandHashes)
    {
        var keys = new long[bandHashes.Length];
        for (var band = 0; band < bandHashes.Length; band++)
        {
            keys[band] = unchecked((long)(bandHashes[band] ^ ((ulong)(band + 1) * 0x9E3779B97F4A7C15UL)));
        }
        return keys;
    }

    private static byte[] Bytes(ushort[] fingerprints)
    {
        var bytes = new byte[fingerprints.Length * 2];
        Buffer.BlockCopy(fingerprints, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    private static ushort[] Fingerprints(byte[] bytes)
    {
        var fingerprints = new ushort[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, fingerprints, 0, fingerprints.Length * 2);
        return fingerprints;
    }
}
