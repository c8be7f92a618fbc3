namespace Corpus.Core.Normalization;

/// <summary>Laughter words (ههههه, hhhhh, hahaha, hihi) and their canonical forms.</summary>
internal static class Laughter
{
    public const string Arabic = "ههه";
    public const string Latin = "haha";

    /// <summary>The canonical form when the word is laughter, else null. Letters counts the raw letters.</summary>
    public static string? Canonical(ReadOnlySpan<char> word, int rawLetters)
    {
        if (word.Length == 0) return null;
        if (word[0] == 'ه') return rawLetters >= 3 && !word.ContainsAnyExcept('ه') ? Arabic : null;
        return IsLatinLaughter(word, rawLetters) ? Latin : null;
    }

    private static bool IsLatinLaughter(ReadOnlySpan<char> word, int rawLetters)
    {
        var first = char.ToLowerInvariant(word[0]);
        if (first is not ('h' or 'a') || rawLetters < 3) return false;
        int hs = 0, vowels = 0;
        var previousWasVowel = false;
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            if (c == 'h')
            {
                hs++;
                previousWasVowel = false;
            }
            else if (c is 'a' or 'e' or 'i' or 'o')
            {
                if (previousWasVowel) return false;
                vowels++;
                previousWasVowel = true;
            }
            else
            {
                return false;
            }
        }
        if (vowels == 0) return hs == word.Length && rawLetters >= 3;
        return hs >= 2 && rawLetters >= 4;
    }
}
