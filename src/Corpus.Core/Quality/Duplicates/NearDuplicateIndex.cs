namespace Corpus.Core.Quality.Duplicates;

/// <summary>
/// MinHash LSH index that grows as items arrive: each new item is checked against every earlier one
/// through 14 band buckets, verified by estimated Jaccard, and joined to their duplicate group.
/// Optionally backed by an append-only file so a restart reloads it without recomputing signatures.
/// Thread-safe.
/// </summary>
public sealed class NearDuplicateIndex : IDisposable
{
    private const int Bands = MinHashScheme.Bands;
    private const int Hashes = MinHashScheme.HashCount;
    private readonly NearDuplicateIndexOptions options;
    private readonly BandTable[] tables = new BandTable[Bands];
    private readonly ChunkedArray<string> ids = new();
    private readonly ChunkedArray<ushort> fingerprints = new(Hashes);
    private readonly ChunkedArray<int> nextInBucket = new(Bands);
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private readonly UnionFind groups = new();
    private readonly Lock gate = new();
    private readonly HashSet<int> seen = [];
    private NearDuplicateIndexFile? file;

    public NearDuplicateIndex(NearDuplicateIndexOptions? options = null)
    {
        this.options = options ?? new NearDuplicateIndexOptions();
        this.options.Validate();
        for (var band = 0; band < Bands; band++) tables[band] = new BandTable();
    }

    /// <summary>Loads the index stored at the path (creating it when missing); later additions are appended to it.</summary>
    public static NearDuplicateIndex Open(string path, NearDuplicateIndexOptions? options = null)
    {
        var index = new NearDuplicateIndex(options);
        index.file = NearDuplicateIndexFile.Open(path, (id, bands, prints) => index.AddUnlocked(id, bands, prints));
        return index;
    }

    public int Count { get { lock (gate) return positions.Count; } }

    /// <summary>Adds the item and returns the earlier items it nearly duplicates, most similar first.
    /// Adding an id again changes nothing and returns its matches among the items before it.</summary>
    public IReadOnlyList<NearDuplicateCandidate> Add(string itemId, MinHashSignature signature)
    {
        Span<ulong> bands = stackalloc ulong[Bands];
        Span<ushort> prints = stackalloc ushort[Hashes];
        signature.WriteBandHashes(bands);
        signature.WriteFingerprints(prints);
        return Add(itemId, bands, prints);
    }

    /// <summary>Adds an item from stored band hashes and fingerprints (as a database keeps them).</summary>
    public IReadOnlyList<NearDuplicateCandidate> Add(string itemId, ReadOnlySpan<ulong> bandHashes, ReadOnlySpan<ushort> fingerprints)
    {
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        if (bandHashes.Length != Bands || fingerprints.Length != Hashes)
            throw new ArgumentException($"Expected {Bands} band hashes and {Hashes} fingerprints.");
        lock (gate)
        {
            if (positions.TryGetValue(itemId, out var existing)) return Candidates(bandHashes, fingerprints, existing);
            var found = AddUnlocked(itemId, bandHashes, fingerprints);
            file?.Append(itemId, bandHashes, fingerprints);
            return found;
        }
    }

    /// <summary>The earlier items the signature nearly duplicates, without adding it.</summary>
    public IReadOnlyList<NearDuplicateCandidate> Find(MinHashSignature signature)
    {
        lock (gate) return Candidates(signature.BandHashes(), signature.Fingerprints(), positions.Count);
    }

    /// <summary>The first item of the duplicate group the item belongs to (itself when it has no duplicates).</summary>
    public string GroupOf(string itemId)
    {
        lock (gate)
        {
            if (!positions.TryGetValue(itemId, out var position))
                throw new KeyNotFoundException($"Item {itemId} is not in the index.");
            return ids[groups.Find(position)];
        }
    }

    /// <summary>Makes every addition so far durable on disk (no-op for an in-memory index).</summary>
    public void Flush()
    {
        lock (gate) file?.Flush();
    }

    public void Dispose()
    {
        lock (gate)
        {
            file?.Flush();
            file?.Dispose();
            file = null;
        }
    }

    private List<NearDuplicateCandidate> Candidates(ReadOnlySpan<ulong> bandHashes, ReadOnlySpan<ushort> prints, int before)
    {
        var found = new List<NearDuplicateCandidate>();
        seen.Clear();
        for (var band = 0; band < Bands; band++)
        {
            var walked = 0;
            for (var item = tables[band].Find(bandHashes[band]); item >= 0 && walked < options.MaxBucketWalk; walked++)
            {
                if (item < before && seen.Add(item))
                {
                    var jaccard = FingerprintSimilarity.Estimate(prints, fingerprints.Row(item));
                    if (jaccard >= options.SimilarityThreshold) found.Add(new NearDuplicateCandidate(ids[item], jaccard));
                }
                item = nextInBucket[item, band];
            }
        }
        found.Sort((a, b) => b.Jaccard.CompareTo(a.Jaccard));
        return found;
    }

    private List<NearDuplicateCandidate> AddUnlocked(string itemId, ReadOnlySpan<ulong> bandHashes, ReadOnlySpan<ushort> prints)
    {
        var found = Candidates(bandHashes, prints, positions.Count);
        var position = Insert(itemId, bandHashes, prints);
        foreach (var candidate in found) groups.Union(position, positions[candidate.ItemId]);
        return found;
    }

    private int Insert(string itemId, ReadOnlySpan<ulong> bandHashes, ReadOnlySpan<ushort> prints)
    {
        var position = groups.Add();
        ids.EnsureRows(position + 1);
        fingerprints.EnsureRows(position + 1);
        nextInBucket.EnsureRows(position + 1);
        ids[position] = itemId;
        prints.CopyTo(fingerprints.Row(position));
        for (var band = 0; band < Bands; band++)
            nextInBucket[position, band] = tables[band].Exchange(bandHashes[band], position);
        positions.Add(itemId, position);
        return position;
    }
}
