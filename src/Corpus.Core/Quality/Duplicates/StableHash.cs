namespace Corpus.Core.Quality.Duplicates;

/// <summary>Hashes that never change between runs or runtimes, unlike string.GetHashCode.</summary>
internal static class StableHash
{
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    public static ulong Chars(ReadOnlySpan<char> text, ulong seed)
    {
        var hash = seed ^ 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }
        return Mix(hash ^ (ulong)text.Length);
    }

    public static ulong Combine(ulong hash, ulong value) =>
        Mix(hash ^ (value + 0x9E3779B97F4A7C15UL + (hash << 6) + (hash >> 2)));

    /// <summary>SplitMix64 step: the deterministic generator behind the MinHash permutations.</summary>
    public static ulong Next(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }
}
