namespace Corpus.Core.Normalization;

/// <summary>
/// Darija words in Latin letters without digits, recognized by shape: Darija glues its prefixes
/// (n-/t-/y- verb persons, the article l-, w- "and", f- "in", b- "with", ka-/ta-/gha- tense
/// markers) onto consonants, giving word starts that French and English never have (ndir, lkora,
/// wghadi, fdar, kanmchi), and has endings they never have (mchiti, darkom, 3tih).
/// </summary>
internal static class DarijaWordShape
{
    // For each first letter, the second letters that still make a French or English word start
    // (bl-, dr-, fl-, st-, th-...); any other consonant second makes a Darija start. Null: no rule.
    private static readonly Dictionary<char, string> ForeignSecondLetters = new()
    {
        ['n'] = "", ['y'] = "", ['l'] = "l", ['w'] = "hr", ['t'] = "hrwsc", ['m'] = "rsc", ['k'] = "nrlhw",
        ['b'] = "lrh", ['d'] = "rwjh", ['f'] = "lrj", ['g'] = "lrnhw", ['h'] = "t", ['s'] = "chklmnpqtwfv",
        ['z'] = "", ['x'] = "", ['j'] = "", ['r'] = "h",
    };

    private static readonly string[] Endings = ["iti", "kom", "koum", "hom", "houm", "tih", "tiha", "tihom", "liha", "lihom", "tiw"];

    private static readonly string[] TensePrefixes = ["ka", "ta", "ki", "ti", "gha"];

    /// <summary>True for a lower-case ASCII word of at least three letters with a Darija shape.</summary>
    public static bool IsDarija(ReadOnlySpan<char> lower)
    {
        // Shorthand without vowels (lhmd, mzl, bzf) counts by its start; endings need a real word.
        if (lower.Length < 3) return false;
        if (StartsLikeDarija(lower) || HasTensePrefix(lower)) return true;
        // The negation ma- before a tense marker: makatjawb, matanbghich.
        if (lower.StartsWith("ma") && HasTensePrefix(lower[2..])) return true;
        if (lower.Length < 5 || !HasVowel(lower)) return false;
        foreach (var ending in Endings)
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool StartsLikeDarija(ReadOnlySpan<char> lower)
    {
        if (!ForeignSecondLetters.TryGetValue(lower[0], out var foreign)) return false;
        var second = lower[1];
        if (IsVowel(second) || foreign.Contains(second)) return false;
        // "kh" and "ch" are one consonant: khdma and chft start with two consonants, khalid does not.
        if (second == 'h' && lower[0] is 'k' or 'c') return !IsVowel(lower[2]);
        return true;
    }

    // ka-n-dir, ta-y-khdem, gha-n-mchi: a tense marker, a person prefix, then a consonant.
    private static bool HasTensePrefix(ReadOnlySpan<char> lower)
    {
        foreach (var prefix in TensePrefixes)
        {
            if (lower.Length >= prefix.Length + 3 && lower.StartsWith(prefix, StringComparison.Ordinal)
                && lower[prefix.Length] is 'n' or 'y' or 't' && !IsVowel(lower[prefix.Length + 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasVowel(ReadOnlySpan<char> lower) => lower.IndexOfAny("aeiouy") >= 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
