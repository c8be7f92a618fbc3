using System.Text;

namespace Corpus.Core.Normalization;

/// <summary>
/// Arabizi (Latin-script Darija) to Arabic script by the rules in <see cref="ArabiziRuleTable"/>:
/// 3=ع 7=ح 9=ق, ch=ش, a doubled consonant gets a shadda. French and English words stay in Latin,
/// numbers stay digits.
/// </summary>
public static class ArabiziTransliterator
{
    private const char Shadda = '\u0651';

    private static readonly Dictionary<string, ArabiziRule[]> RulesByLatin = ArabiziRuleTable.Rules
        .GroupBy(rule => rule.Latin, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, ArabiziRule[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        RulesByLatin.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestLatin = ArabiziRuleTable.Rules.Max(rule => rule.Latin.Length);

    /// <summary>The text with each Darija word in Latin letters written in Arabic script, "g" as the chosen letter.</summary>
    public static string Transliterate(string text, NormalizationOptions options)
    {
        var arabic = Transliterate(text);
        return options.DarijaG == NormalizationOptions.KafWithThreeDots
            ? arabic
            : arabic.Replace(NormalizationOptions.KafWithThreeDots, options.DarijaG);
    }

    /// <summary>The text with each Darija word in Latin letters written in Arabic script ("g" as ڭ).</summary>
    public static string Transliterate(string text)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && Placeholders.LengthAt(text.AsSpan(i)) is var placeholder and > 0)
            {
                output.Append(text, i, placeholder);
                i += placeholder;
                continue;
            }
            if (!LatinWords.IsWordChar(c))
            {
                output.Append(ArabicPunctuation(c));
                i++;
                continue;
            }
            var end = LatinWords.WordEnd(text, i);
            var word = text.AsSpan(i, end - i);
            if (!LatinWords.HasLetter(word) || ArabiziLexicon.IsForeign(word) || IsArticleOfForeignWord(text, word, end)) output.Append(word);
            else AppendWord(output, word);
            i = end;
        }
        return output.ToString();
    }

    // "la" is Darija "no" and the French article: it stays Latin when the next word is French.
    private static bool IsArticleOfForeignWord(string text, ReadOnlySpan<char> word, int end)
    {
        if (!word.Equals("la", StringComparison.OrdinalIgnoreCase) || end + 1 >= text.Length || text[end] != ' ') return false;
        var nextEnd = LatinWords.WordEnd(text, end + 1);
        return nextEnd > end + 1 && ArabiziLexicon.IsForeign(text.AsSpan(end + 1, nextEnd - end - 1));
    }

    /// <summary>One Latin word in Arabic script, whether or not it looks like Darija.</summary>
    public static string TransliterateWord(ReadOnlySpan<char> word)
    {
        var output = new StringBuilder(word.Length);
        AppendWord(output, word);
        return output.ToString();
    }

    private static void AppendWord(StringBuilder output, ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (ArabiziSpellings.TryGet(lower, out var spelled))
        {
            output.Append(spelled);
            return;
        }
        var capitalsAreEmphatic = !IsAllCapitals(word);
        var i = 0;
        while (i < word.Length)
        {
            if (word[i] is '\'' or '’')
            {
                i++;
                continue;
            }
            var rule = Match(word, lower, i, capitalsAreEmphatic, out var length);
            if (rule is null)
            {
                output.Append(word[i]);
                i++;
                continue;
            }
            output.Append(rule.Arabic);
            i += length;
            if (rule.Geminates && i + length <= word.Length && lower.Slice(i, length).SequenceEqual(lower.Slice(i - length, length)))
            {
                output.Append(Shadda);
                i += length;
            }
        }
    }

    private static ArabiziRule? Match(ReadOnlySpan<char> word, ReadOnlySpan<char> lower, int start, bool capitalsAreEmphatic, out int length)
    {
        for (length = Math.Min(LongestLatin, word.Length - start); length > 0; length--)
        {
            var position = PositionOf(start, start + length, word.Length);
            if (capitalsAreEmphatic && start > 0 && char.IsUpper(word[start])
                && Find(word.Slice(start, length), position) is { } emphatic)
            {
                return emphatic;
            }
            if (Find(lower.Slice(start, length), position) is { } rule) return rule;
        }
        return null;
    }

    private static ArabiziRule? Find(ReadOnlySpan<char> latin, RulePosition position)
    {
        if (!Lookup.TryGetValue(latin, out var rules)) return null;
        foreach (var rule in rules)
        {
            if ((rule.Where & position) != 0) return rule;
        }
        return null;
    }

    private static RulePosition PositionOf(int start, int end, int length) =>
        start == 0 && end == length ? RulePosition.Alone
        : start == 0 ? RulePosition.Initial
        : end == length ? RulePosition.Final
        : RulePosition.Medial;

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) letters++;
        }
        return letters >= 2;
    }

    private static char ArabicPunctuation(char c) => c switch
    {
        '?' => '؟',
        ',' => '،',
        ';' => '؛',
        _ => c,
    };
}
