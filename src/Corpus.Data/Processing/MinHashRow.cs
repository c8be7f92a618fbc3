namespace Corpus.Data.Processing;

/// <summary>An item's near-duplicate fingerprint: 16-bit MinHash fingerprints as bytes, and its band keys.</summary>
public sealed record MinHashRow(string ItemId, byte[] Fingerprints, IReadOnlyList<long> BandKeys);
