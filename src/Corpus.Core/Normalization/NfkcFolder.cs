using System.Globalization;
using System.Text;

namespace Corpus.Core.Normalization;

/// <summary>
/// NFKC (compatibility decomposition, then canonical composition) from <see cref="NfkcData"/>.
/// The runtime runs in invariant-globalization mode, where string.Normalize is a no-op, so the
/// mappings travel with the code. Marks are not canonically reordered: the Arabic marks that could
/// be reordered are removed by the next step anyway.
/// </summary>
internal static class NfkcFolder
{
    private static readonly Dictionary<int, string> Mappings = ParseMappings();
    private static readonly Dictionary<long, char> Compositions = ParseCompositions(out ComposingMarks);
    private static readonly HashSet<int> ComposingMarks;

    /// <summary>The NFKC replacement of a code point that has a compatibility or canonical mapping.</summary>
    public static bool TryMap(int codePoint, out string mapped) => Mappings.TryGetValue(codePoint, out mapped!);

    /// <summary>True for a mark that NFKC may compose with the letter before it.</summary>
    public static bool IsComposingMark(int codePoint) => ComposingMarks.Contains(codePoint);

    public static string Fold(string text)
    {
        var output = new StringBuilder(text.Length);
        var lastStarter = -1;
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (Mappings.TryGetValue(codePoint, out var mapped))
            {
                foreach (var c in mapped) Append(output, c, ref lastStarter);
            }
            else if (codePoint > char.MaxValue)
            {
                output.Append(char.ConvertFromUtf32(codePoint));
                lastStarter = -1;
            }
            else
            {
                Append(output, (char)codePoint, ref lastStarter);
            }
        }
        return output.ToString();
    }

    private static void Append(StringBuilder output, char c, ref int lastStarter)
    {
        if (ComposingMarks.Contains(c) && lastStarter >= 0 && OnlyHarakatBetween(output, lastStarter, c)
            && Compositions.TryGetValue(Key(output[lastStarter], c), out var composite))
        {
            output[lastStarter] = composite;
            return;
        }
        if (!IsMark(c)) lastStarter = output.Length;
        output.Append(c);
    }

    // A hamza or madda above composes across the short-vowel marks written before it (their combining
    // classes are lower); any other mark in between blocks the composition.
    private static bool OnlyHarakatBetween(StringBuilder output, int starter, char mark)
    {
        for (var j = starter + 1; j < output.Length; j++)
        {
            if (mark is < '\u0653' or > '\u0655' || output[j] is < '\u064B' or > '\u0652') return false;
        }
        return true;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static long Key(int baseChar, int mark) => ((long)baseChar << 21) | (uint)mark;

    private static Dictionary<int, string> ParseMappings()
    {
        var map = new Dictionary<int, string>();
        foreach (var entry in NfkcData.Mappings.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = entry.IndexOf(':');
            var target = new StringBuilder();
            foreach (var part in entry[(colon + 1)..].Split('.')) target.Append(char.ConvertFromUtf32(Hex(part)));
            map[Hex(entry[..colon])] = target.ToString();
        }
        return map;
    }

    private static Dictionary<long, char> ParseCompositions(out HashSet<int> marks)
    {
        var pairs = new Dictionary<long, char>();
        marks = [];
        foreach (var entry in NfkcData.Compositions.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var plus = entry.IndexOf('+');
            var equals = entry.IndexOf('=');
            var mark = Hex(entry[(plus + 1)..equals]);
            pairs[Key(Hex(entry[..plus]), mark)] = (char)Hex(entry[(equals + 1)..]);
            marks.Add(mark);
        }
        return pairs;
    }

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
