namespace Corpus.Core.Normalization;

/// <summary>One lookup per UTF-16 code unit for the character pass: its class and, for Map, its target.</summary>
internal static class FoldTable
{
    public static readonly FoldClass[] Classes = BuildClasses();
    public static readonly char[] Targets = BuildTargets();

    /// <summary>The NFKC replacement of a BMP character of class <see cref="FoldClass.Compatibility"/>.</summary>
    public static string Compatibility(char c) => NfkcFolder.TryMap(c, out var mapped) ? mapped : c.ToString();

    private static FoldClass[] BuildClasses()
    {
        var classes = new FoldClass[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (NfkcFolder.IsComposingMark(c)) classes[c] = FoldClass.Composing;
            else if (NfkcFolder.TryMap(c, out _)) classes[c] = FoldClass.Compatibility;
            else if (EmojiRanges.IsBmpEmoji(c)) classes[c] = FoldClass.Emoji;
        }
        for (var c = 0; c < 0x20; c++) classes[c] = FoldClass.Remove;
        for (var c = 0x7F; c <= 0x9F; c++) classes[c] = FoldClass.Remove;
        Set(classes, FoldClass.Space, '\t', '\v', '\f', '\u00A0', '\u202F', '\u205F', '\u3000');
        Range(classes, FoldClass.Space, 0x2000, 0x200A);
        Set(classes, FoldClass.LineBreak, '\n', '\u0085', '\u2028', '\u2029');
        classes['\r'] = FoldClass.CarriageReturn;
        Set(classes, FoldClass.Remove, '\u200B', '\u200E', '\u200F', '\uFEFF', '\u00AD');
        Range(classes, FoldClass.Remove, 0x202A, 0x202E);
        Range(classes, FoldClass.Remove, 0x2066, 0x2069);
        classes['\u200D'] = FoldClass.ZeroWidthJoiner;
        classes['\u0640'] = FoldClass.Tatweel;
        Range(classes, FoldClass.Diacritic, 0x064B, 0x065F);
        Range(classes, FoldClass.Diacritic, 0x0610, 0x061A);
        Range(classes, FoldClass.Diacritic, 0x06D6, 0x06ED);
        classes['\u0670'] = FoldClass.Diacritic;
        for (var i = 0; i < 10; i++)
        {
            classes[0x0660 + i] = FoldClass.Map;
            classes[0x06F0 + i] = FoldClass.Map;
        }
        Set(classes, FoldClass.Map, '\u06A9', '\u06CC', '\u06BE', '\u06C1', '\u06C2', '\u06D5', '\u06A5');
        Set(classes, FoldClass.DarijaG, '\u0763', '\u06AD', '\u06AF');
        for (var c = 0xD800; c <= 0xDBFF; c++) classes[c] = FoldClass.HighSurrogate;
        // Hamza and madda marks compose with the letter before them (ا + ٔ = أ) before marks are removed.
        Range(classes, FoldClass.Composing, 0x0653, 0x0655);
        return classes;
    }

    private static char[] BuildTargets()
    {
        var targets = new char[char.MaxValue + 1];
        for (var i = 0; i < 10; i++)
        {
            targets[0x0660 + i] = (char)('0' + i);
            targets[0x06F0 + i] = (char)('0' + i);
        }
        targets['\u06A9'] = '\u0643';   // keheh -> kaf
        targets['\u06CC'] = '\u064A';   // Farsi yeh -> yeh
        targets['\u06BE'] = '\u0647';   // heh doachashmee -> heh
        targets['\u06C1'] = '\u0647';   // heh goal -> heh
        targets['\u06C2'] = '\u0647';   // heh goal with hamza -> heh
        targets['\u06D5'] = '\u0647';   // ae -> heh
        targets['\u06A5'] = '\u06A4';   // feh with three dots below -> veh
        return targets;
    }

    private static void Set(FoldClass[] classes, FoldClass value, params ReadOnlySpan<char> chars)
    {
        foreach (var c in chars) classes[c] = value;
    }

    private static void Range(FoldClass[] classes, FoldClass value, int first, int last)
    {
        for (var c = first; c <= last; c++) classes[c] = value;
    }
}
