using System.Globalization;

namespace Corpus.Core.Normalization;

/// <summary>
/// What each UTF-16 code unit becomes in a match key: a folded letter, '0' for a digit,
/// <see cref="Separator"/> for punctuation, symbols and spaces, or <see cref="Dropped"/> for marks.
/// </summary>
internal static class MatchKeyTable
{
    public const char Separator = '\0';
    public const char Dropped = '\uFFFF';

    public static readonly char[] Targets = Build();

    private static char[] Build()
    {
        var targets = new char[char.MaxValue + 1];
        var bases = LatinBases.Build();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            targets[c] = CharUnicodeInfo.GetUnicodeCategory(ch) switch
            {
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => char.ToLowerInvariant(bases[c]),
                UnicodeCategory.DecimalDigitNumber => '0',
                UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                    or UnicodeCategory.EnclosingMark or UnicodeCategory.Format => Dropped,
                UnicodeCategory.Surrogate => ch,
                _ => Separator,
            };
        }
        foreach (var alef in "أإآٱ") targets[alef] = 'ا';
        targets['ى'] = 'ي';
        targets['ة'] = 'ه';
        foreach (var g in "ڭگݣک") targets[g] = 'ك';
        foreach (var v in "ڤڥ") targets[v] = 'ف';
        targets['پ'] = 'ب';
        targets['ـ'] = Dropped;
        return targets;
    }
}
