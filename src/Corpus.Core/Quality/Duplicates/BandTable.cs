namespace Corpus.Core.Quality.Duplicates;

/// <summary>
/// Open-addressing map from one band's hash to the most recent item with that hash. Only a 32-bit tag
/// of the hash is kept: a rare false bucket match is caught by the Jaccard check that follows.
/// </summary>
internal sealed class BandTable
{
    private const double MaxLoad = 0.75;
    private uint[] tags;
    private int[] heads;
    private int count;
    private int shift;

    public BandTable(int initialCapacityBits = 10)
    {
        tags = new uint[1 << initialCapacityBits];
        heads = new int[1 << initialCapacityBits];
        shift = 32 - initialCapacityBits;
    }

    /// <summary>The latest item with this band hash, or -1.</summary>
    public int Find(ulong bandHash)
    {
        var tag = Tag(bandHash);
        var mask = tags.Length - 1;
        for (var slot = Slot(tag); ; slot = (slot + 1) & mask)
        {
            if (heads[slot] == 0) return -1;
            if (tags[slot] == tag) return heads[slot] - 1;
        }
    }

    /// <summary>Makes the item the latest for its band hash and returns the previous latest, or -1.</summary>
    public int Exchange(ulong bandHash, int item)
    {
        if (count + 1 > tags.Length * MaxLoad) Grow();
        var tag = Tag(bandHash);
        var mask = tags.Length - 1;
        for (var slot = Slot(tag); ; slot = (slot + 1) & mask)
        {
            if (heads[slot] == 0)
            {
                tags[slot] = tag;
                heads[slot] = item + 1;
                count++;
                return -1;
            }
            if (tags[slot] == tag)
            {
                var previous = heads[slot] - 1;
                heads[slot] = item + 1;
                return previous;
            }
        }
    }

    private void Grow()
    {
        var oldTags = tags;
        var oldHeads = heads;
        tags = new uint[oldTags.Length * 2];
        heads = new int[oldHeads.Length * 2];
        shift--;
        var mask = tags.Length - 1;
        for (var i = 0; i < oldTags.Length; i++)
        {
            if (oldHeads[i] == 0) continue;
            var slot = Slot(oldTags[i]);
            while (heads[slot] != 0) slot = (slot + 1) & mask;
            tags[slot] = oldTags[i];
            heads[slot] = oldHeads[i];
        }
    }

    private static uint Tag(ulong bandHash) => (uint)(bandHash >> 32) ^ (uint)bandHash;

    private int Slot(uint tag) => (int)((tag * 0x9E3779B1u) >> shift);
}
