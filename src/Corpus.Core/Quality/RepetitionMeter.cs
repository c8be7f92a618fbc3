namespace Corpus.Core.Quality;

/// <summary>
/// Repetition signals as in Gopher/FineWeb: the share of word characters covered by the most frequent
/// word n-gram, and the share of lines that repeat an earlier line.
/// </summary>
internal static class RepetitionMeter
{
    [ThreadStatic] private static Dictionary<ulong, int>? counts;

    public static double TopNGramShare(ReadOnlySpan<ulong> wordHashes, ReadOnlySpan<int> wordLengths, int n)
    {
        if (wordHashes.Length < n * 2) return 0;
        var totalCharacters = 0;
        foreach (var length in wordLengths) totalCharacters += length;
        var table = counts ??= [];
        table.Clear();
        int bestCount = 0, bestStart = 0;
        for (var start = 0; start + n <= wordHashes.Length; start++)
        {
            var hash = 0xCBF29CE484222325UL;
            for (var j = 0; j < n; j++) hash = (hash ^ wordHashes[start + j]) * 0x100000001B3UL;
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(table, hash, out _);
            count++;
            if (count > bestCount) (bestCount, bestStart) = (count, start);
        }
        if (bestCount < 2 || totalCharacters == 0) return 0;
        var gramCharacters = 0;
        for (var j = 0; j < n; j++) gramCharacters += wordLengths[bestStart + j];
        return Math.Min(1, gramCharacters * bestCount / (double)totalCharacters);
    }

    public static double DuplicateLineShare(string display)
    {
        if (display.IndexOf('\n') < 0) return 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lines = 0, duplicates = 0;
        foreach (var range in display.AsSpan().Split('\n'))
        {
            var line = display.AsSpan()[range].Trim();
            if (line.IsEmpty) continue;
            lines++;
            if (!seen.Add(line.ToString())) duplicates++;
        }
        return lines == 0 ? 0 : duplicates / (double)lines;
    }
}
