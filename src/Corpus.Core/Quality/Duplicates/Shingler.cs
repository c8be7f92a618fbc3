using System.Buffers;

namespace Corpus.Core.Quality.Duplicates;

/// <summary>Turns a match key into distinct shingle hashes, each already reduced below the Mersenne prime.</summary>
internal static class Shingler
{
    private const ulong CharSeed = 0x43484152UL;
    private const ulong WordSeed = 0x574F5244UL;

    /// <summary>Writes the hashes into a pooled array the caller returns; the count is the return value.</summary>
    public static int Shingle(ReadOnlySpan<char> key, out ulong[] rented)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, key.Length));
        try
        {
            var collapsed = CollapseRuns(key.Trim(' '), buffer);
            var words = CountWords(collapsed);
            return words >= MinHashScheme.WordShingleMinWords
                ? WordShingles(collapsed, words, out rented)
                : CharShingles(collapsed, out rented);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes each run of one character once: the match key keeps doubled letters (they carry meaning
    /// in Arabizi), but for spotting copies "بزااف" and "بزاف" are the same word.
    /// </summary>
    private static ReadOnlySpan<char> CollapseRuns(ReadOnlySpan<char> key, char[] buffer)
    {
        var length = 0;
        for (var i = 0; i < key.Length; i++)
        {
            if (i == 0 || key[i] != key[i - 1]) buffer[length++] = key[i];
        }
        return buffer.AsSpan(0, length);
    }

    private static int CharShingles(ReadOnlySpan<char> key, out ulong[] rented)
    {
        var size = MinHashScheme.ShingleSize;
        var count = Math.Max(1, key.Length - size + 1);
        rented = ArrayPool<ulong>.Shared.Rent(count);
        if (key.Length < size)
        {
            rented[0] = Reduce(StableHash.Chars(key, CharSeed));
            return 1;
        }
        for (var i = 0; i < count; i++)
        {
            var s = key.Slice(i, size);
            var packed = s[0] | ((ulong)s[1] << 16) | ((ulong)s[2] << 32) | ((ulong)s[3] << 48);
            rented[i] = Reduce(StableHash.Mix(StableHash.Mix(packed ^ CharSeed) ^ s[4]));
        }
        return Distinct(rented, count);
    }

    private static int WordShingles(ReadOnlySpan<char> key, int words, out ulong[] rented)
    {
        var wordHashes = ArrayPool<ulong>.Shared.Rent(words);
        var n = 0;
        foreach (var range in key.Split(' '))
        {
            var word = key[range];
            if (word.Length > 0) wordHashes[n++] = StableHash.Chars(word, WordSeed);
        }
        var size = MinHashScheme.ShingleSize;
        var count = n - size + 1;
        rented = ArrayPool<ulong>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            var hash = WordSeed;
            for (var j = 0; j < size; j++) hash = StableHash.Combine(hash, wordHashes[i + j]);
            rented[i] = Reduce(hash);
        }
        ArrayPool<ulong>.Shared.Return(wordHashes);
        return Distinct(rented, count);
    }

    private static int CountWords(ReadOnlySpan<char> key)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in key)
        {
            var isSpace = c == ' ';
            if (!isSpace && !inWord) words++;
            inWord = !isSpace;
        }
        return words;
    }

    private static int Distinct(ulong[] values, int count)
    {
        var span = values.AsSpan(0, count);
        span.Sort();
        var unique = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[unique - 1]) span[unique++] = span[i];
        }
        return unique;
    }

    private static ulong Reduce(ulong hash) => hash % MinHashScheme.MersennePrime;
}
