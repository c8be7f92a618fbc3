using System.Text;
using Corpus.Core.Normalization;

namespace Corpus.Core.Quality.LanguageId;

/// <summary>The dense language features of a text: marker-word shares, script shares, Arabizi digits, emoji.</summary>
internal readonly record struct DisplayShape(
    float DarijaMarkerShare,
    float StandardArabicMarkerShare,
    float ArabicLetterShare,
    float LatinLetterShare,
    float TifinaghLetterShare,
    float ArabiziTokenShare,
    float HasEmoji,
    float Length,
    int DarijaMarkerCount,
    int EmojiCount,
    int VisibleCount)
{
    public static DisplayShape Measure(string display, string key)
    {
        int words = 0, darija = 0, standard = 0;
        foreach (var range in key.AsSpan().Split(' '))
        {
            var word = key.AsSpan()[range];
            if (word.IsEmpty) continue;
            words++;
            if (MarkerWords.IsDarija(word)) darija++;
            else if (MarkerWords.IsStandardArabic(word)) standard++;
        }
        int arabic = 0, latin = 0, tifinagh = 0, emoji = 0, visible = 0;
        foreach (var rune in display.EnumerateRunes())
        {
            var value = rune.Value;
            if (!Rune.IsWhiteSpace(rune)) visible++;
            if (value is >= 0x0620 and <= 0x06FF) arabic++;
            else if (value is >= 0x2D30 and <= 0x2D7F) tifinagh++;
            else if (value < 0x250 && Rune.IsLetter(rune)) latin++;
            else if (EmojiRanges.IsSupplementaryEmoji(value) || (value < 0x10000 && EmojiRanges.IsBmpEmoji(value))) emoji++;
        }
        var (latinWords, arabiziWords, digitMarkers) = CountArabizi(display);
        darija += digitMarkers;
        float letters = Math.Max(1, arabic + latin + tifinagh);
        float wordCount = Math.Max(1, words);
        return new DisplayShape(
            Math.Min(1, darija / wordCount),
            Math.Min(1, standard / wordCount),
            arabic / letters,
            latin / letters,
            tifinagh / letters,
            latinWords == 0 ? 0 : arabiziWords / (float)latinWords,
            emoji > 0 ? 1 : 0,
            Math.Min(words, 30) / 30f,
            darija,
            emoji,
            visible);
    }

    public void AppendTo(SparseFeatures features, int firstIndex)
    {
        ReadOnlySpan<float> values =
        [
            DarijaMarkerShare, StandardArabicMarkerShare, ArabicLetterShare, LatinLetterShare,
            TifinaghLetterShare, ArabiziTokenShare, HasEmoji, Length,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] != 0) features.Append(firstIndex + i, values[i]);
        }
    }

    /// <summary>Latin words, those spelling sounds with 2 3 5 7 8 9 (Arabizi), and Darija markers among them.</summary>
    private static (int LatinWords, int ArabiziWords, int Markers) CountArabizi(string display)
    {
        int latinWords = 0, arabiziWords = 0, markers = 0;
        Span<char> lower = stackalloc char[32];
        foreach (var range in display.AsSpan().SplitAny(' ', '\n'))
        {
            var word = display.AsSpan()[range].Trim(".,!?;:'\"()");
            if (word.IsEmpty || word.Length > lower.Length) continue;
            bool hasLatin = false, hasSoundDigit = false;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                hasLatin |= c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
                hasSoundDigit |= c is '2' or '3' or '5' or '7' or '8' or '9';
                lower[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            if (!hasLatin) continue;
            latinWords++;
            if (!hasSoundDigit) continue;
            arabiziWords++;
            if (MarkerWords.IsDarija(lower[..word.Length])) markers++;
        }
        return (latinWords, arabiziWords, markers);
    }
}
