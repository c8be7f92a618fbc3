namespace Corpus.Core.Normalization;

/// <summary>
/// The Arabizi spelling convention (DESIGN.md §3) as data. The longest Latin match wins; among equal
/// lengths the first rule whose position fits. Vowels follow how Darija writers spell in Arabic
/// script: a, i, o/ou as long vowels, the schwa "e" not written, a word-initial vowel on an alef.
/// </summary>
internal static class ArabiziRuleTable
{
    private const RulePosition Anywhere = RulePosition.Anywhere;
    private const RulePosition Initial = RulePosition.Initial;
    private const RulePosition NotInitial = RulePosition.NotInitial;
    private const RulePosition Final = RulePosition.Final;
    private const RulePosition Alone = RulePosition.Alone;

    public static readonly ArabiziRule[] Rules =
    [
        // Digraphs before their single letters.
        Consonant("ch", "ش"), Consonant("kh", "خ"), Consonant("gh", "غ"),
        Consonant("dj", "ج"), Consonant("ck", "ك"),
        // Digits standing for letters.
        // A hamza before a or o sits on an alef that carries the vowel (t2akd تأكد, l2omor لأمور).
        Vowel("2a", "أ", Anywhere), Vowel("2o", "أ", Anywhere),
        Consonant("2", "أ", Initial), Consonant("2", "ء", Final), Consonant("2", "أ", NotInitial),
        Consonant("3", "ع"), Consonant("5", "خ"), Consonant("7", "ح"), Consonant("8", "ه"), Consonant("9", "ق"),
        // Emphatic capitals.
        Consonant("S", "ص"), Consonant("D", "ض"), Consonant("T", "ط"), Consonant("Z", "ظ"), Consonant("H", "ح"),
        // Plain consonants; g, v and p keep their Darija letters.
        Consonant("b", "ب"), Consonant("t", "ت"), Consonant("j", "ج"), Consonant("d", "د"), Consonant("r", "ر"),
        Consonant("z", "ز"), Consonant("s", "س"), Consonant("x", "ش"), Consonant("f", "ف"), Consonant("q", "ق"),
        Consonant("k", "ك"), Consonant("l", "ل"), Consonant("m", "م"), Consonant("n", "ن"), Consonant("h", "ه"),
        Consonant("w", "و"), Consonant("y", "ي"), Consonant("g", "ڭ"), Consonant("v", "ڤ"), Consonant("p", "پ"),
        Consonant("ce", "س"), Consonant("ci", "سي"), Consonant("c", "ك"),
        // Single-letter words: the conjunction "o/w" (and), the vocative "a".
        Vowel("o", "و", Alone), Vowel("u", "و", Alone), Vowel("a", "ا", Alone), Vowel("e", "ا", Alone), Vowel("i", "ي", Alone),
        // Vowels at the start of a word sit on an alef.
        Vowel("ou", "او", Initial), Vowel("oo", "او", Initial), Vowel("aa", "آ", Initial), Vowel("a", "أ", Initial),
        Vowel("e", "ا", Initial), Vowel("i", "إ", Initial), Vowel("o", "أ", Initial), Vowel("u", "أ", Initial),
        // Vowels inside and at the end of a word.
        Vowel("ou", "و", Anywhere), Vowel("oo", "و", Anywhere), Vowel("aa", "ا", Anywhere), Vowel("ii", "ي", Anywhere),
        Vowel("ee", "ي", Anywhere), Vowel("a", "ا", Anywhere), Vowel("i", "ي", Anywhere), Vowel("o", "و", Anywhere),
        Vowel("u", "و", Anywhere), Vowel("e", "", Anywhere),
    ];

    private static ArabiziRule Consonant(string latin, string arabic, RulePosition where = Anywhere) =>
        new(latin, arabic, where, Geminates: true);

    private static ArabiziRule Vowel(string latin, string arabic, RulePosition where) =>
        new(latin, arabic, where, Geminates: false);
}
