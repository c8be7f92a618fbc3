namespace Corpus.Core.Normalization;

/// <summary>
/// Finds Darija written in Latin letters: words with the digits 2 3 5 7 8 9 in letter positions
/// (3afak, m3a, ch7al) and common Darija words (wach, bzaf), but not French or English words,
/// numbers, dates, prices or units (2eme, 5G, 7h30, 99dh).
/// </summary>
public static class ArabiziDetector
{
    /// <summary>A text is Arabizi when at least this share of its Latin words are Darija.</summary>
    public const double MinimumDarijaShare = 0.25;

    private static readonly HashSet<string> UnitSuffixes = new(
        ["er", "ere", "re", "eme", "e", "em", "nd", "rd", "th", "st", "h", "min", "mn", "km", "kg", "g", "gb", "mb", "k", "m",
         "x", "d", "s", "am", "pm", "l", "cl", "ml", "dh", "dhs", "mad", "ans", "an", "mois", "jours", "j", "sec", "cm", "mm", "v"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = UnitSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when one word is Darija written in Latin letters.</summary>
    public static bool IsArabiziToken(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token.Length > 64) return false;
        if (token.Length > 2 && token[1] is '\'' or '’') return IsArabiziToken(token[2..]);
        Span<char> lower = stackalloc char[token.Length];
        int letters = 0, digits = 0, vowels = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = char.ToLowerInvariant(token[i]);
            lower[i] = c;
            if (c is >= 'a' and <= 'z') letters++;
            else if (c is >= '0' and <= '9') digits++;
            else if (c is not ('\'' or '’')) return false;
            if (c is 'a' or 'e' or 'i' or 'o' or 'u') vowels++;
        }
        if (letters == 0) return false;
        if (digits > 0) return HasLetterDigits(lower, letters, vowels);
        return ArabiziLexicon.IsDarijaWord(lower)
            || (!ArabiziLexicon.IsForeign(lower) && (IsNegation(lower) || DarijaWordShape.IsDarija(lower)));
    }

    /// <summary>True when the text is mostly Darija written in Latin letters.</summary>
    public static bool IsArabiziText(ReadOnlySpan<char> text)
    {
        int latinWords = 0, darija = 0, foreign = 0, latinLetters = 0, arabicLetters = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && Placeholders.LengthAt(text[i..]) is var placeholder and > 0)
            {
                i += placeholder;
                continue;
            }
            if (!LatinWords.IsWordChar(c))
            {
                if (ScriptDetector.OfChar(c) == TextScript.Arabic) arabicLetters++;
                i++;
                continue;
            }
            var end = LatinWords.WordEnd(text, i);
            var word = text[i..end];
            i = end;
            // Single letters (f, l, w, a, y) are prepositions in Darija and French alike: they decide nothing.
            if (!LatinWords.HasLetter(word) || word.Length < 2) continue;
            latinWords++;
            latinLetters += word.Length;
            if (IsArabiziToken(word)) darija++;
            else if (ArabiziLexicon.IsForeign(word)) foreign++;
        }
        return darija > 0 && darija >= foreign && darija >= MinimumDarijaShare * latinWords && latinLetters > arabicLetters;
    }

    private static bool HasLetterDigits(ReadOnlySpan<char> lower, int letters, int vowels)
    {
        var previousWasDigit = false;
        foreach (var c in lower)
        {
            var isDigit = c is >= '0' and <= '9';
            if (isDigit && (previousWasDigit || c is '0' or '1' or '4' or '6')) return false;
            previousWasDigit = isDigit;
        }
        if (lower[0] is >= '0' and <= '9' && Units.Contains(lower[1..])) return false;
        if (letters < 2) return false;
        var lastIsDigit = lower[^1] is >= '0' and <= '9';
        return !(lastIsDigit && letters <= 2 && vowels == 0 && lower.Length == 3);
    }

    // The Darija negation ma...ch (mabghitch, makaynch, mab9itx).
    private static bool IsNegation(ReadOnlySpan<char> lower) =>
        lower.Length >= 6 && lower.StartsWith("ma")
        && (lower.EndsWith("ch") || lower.EndsWith("sh") || lower[^1] == 'x');
}
