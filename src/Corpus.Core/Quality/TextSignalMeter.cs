using System.Buffers;
using System.Text;
using Corpus.Core.Normalization;
using Corpus.Core.Quality.LanguageId;

namespace Corpus.Core.Quality;

/// <summary>Measures the text signals of a normalized text in a few passes without per-character allocation.</summary>
internal static class TextSignalMeter
{
    private static readonly string[] PiiReplacementKinds = ["phone", "email", "id"];

    public static TextSignals Measure(NormalizedText text)
    {
        var display = text.Display;
        var key = text.Key;
        var shape = DisplayShape.Measure(display, key);
        var (letters, letterWordShare) = LetterWords(display);
        var words = 0;
        foreach (var range in key.AsSpan().Split(' ')) if (range.End.Value > range.Start.Value) words++;
        var hashes = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
        var lengths = ArrayPool<int>.Shared.Rent(Math.Max(1, words));
        try
        {
            var n = 0;
            foreach (var range in key.AsSpan().Split(' '))
            {
                var word = key.AsSpan()[range];
                if (word.IsEmpty) continue;
                hashes[n] = WordHash(word);
                lengths[n++] = word.Length;
            }
            var (piiCount, piiKinds) = Pii(text.Replacements);
            return new TextSignals(
                display.Length, words, letters, letterWordShare,
                RepetitionMeter.TopNGramShare(hashes.AsSpan(0, n), lengths.AsSpan(0, n), 2),
                RepetitionMeter.TopNGramShare(hashes.AsSpan(0, n), lengths.AsSpan(0, n), 3),
                RepetitionMeter.TopNGramShare(hashes.AsSpan(0, n), lengths.AsSpan(0, n), 4),
                RepetitionMeter.DuplicateLineShare(display),
                shape.DarijaMarkerCount, piiCount, piiKinds,
                shape.VisibleCount == 0 ? 0 : shape.EmojiCount / (double)shape.VisibleCount);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashes);
            ArrayPool<int>.Shared.Return(lengths);
        }
    }

    /// <summary>
    /// Letters outside placeholders, and the share of words holding one. Tokens of only emoji or only
    /// punctuation are not words (the emoji share is measured on its own); numbers are.
    /// </summary>
    private static (int Letters, double Share) LetterWords(string display)
    {
        int letters = 0, words = 0, withLetter = 0;
        foreach (var range in display.AsSpan().SplitAny(' ', '\n'))
        {
            var token = display.AsSpan()[range];
            if (token.IsEmpty || IsPlaceholder(token)) continue;
            int tokenLetters = 0, digits = 0;
            foreach (var rune in token.EnumerateRunes())
            {
                if (Rune.IsLetter(rune)) tokenLetters++;
                else if (Rune.IsDigit(rune)) digits++;
            }
            letters += tokenLetters;
            if (tokenLetters == 0 && digits == 0) continue;
            words++;
            if (tokenLetters > 0) withLetter++;
        }
        return (letters, words == 0 ? 0 : withLetter / (double)words);
    }

    private static bool IsPlaceholder(ReadOnlySpan<char> token)
    {
        var length = Placeholders.LengthAt(token);
        return length > 0 && token[length..].Trim(".,!?;:()").IsEmpty;
    }

    private static (int Count, IReadOnlyList<string> Kinds) Pii(IReadOnlyList<TextReplacement> replacements)
    {
        var count = 0;
        List<string>? kinds = null;
        foreach (var replacement in replacements)
        {
            if (Array.IndexOf(PiiReplacementKinds, replacement.Kind) < 0) continue;
            count += replacement.Count;
            (kinds ??= []).Add(replacement.Kind);
        }
        return (count, kinds ?? (IReadOnlyList<string>)[]);
    }

    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in word) hash = (hash ^ c) * 0x100000001B3UL;
        return hash;
    }
}
