namespace Corpus.Core.Normalization;

/// <summary>
/// The character pass of the display form (DESIGN.md §3 steps 2-7) in one table-driven loop:
/// NFKC compatibility mappings, invisible and bidi controls, exotic spaces, tatweel and marks,
/// Arabic-Indic digits, look-alike letters and the Darija letters.
/// </summary>
internal static class CharacterFolder
{
    /// <summary>The destination size <see cref="Fold"/> needs for a source of this length.</summary>
    public static int Capacity(int sourceLength) => sourceLength * 2 + 16;

    /// <summary>
    /// Returns the length written, or -1 when the text needs the full NFKC first: a mark that may
    /// compose with the letter before it, or mappings longer than the destination. With
    /// <paramref name="nfkcApplied"/> the text has been through <see cref="NfkcFolder.Fold"/>.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination, char darijaG, bool nfkcApplied, ReplacementTally tally)
    {
        var classes = FoldTable.Classes;
        var output = new FoldOutput(destination, darijaG);
        for (var i = 0; i < source.Length; i++)
        {
            var plain = PlainRun.Length(source[i..]);
            if (plain > 0)
            {
                if (!output.TryAppendPlain(source.Slice(i, plain))) return -1;
                i += plain;
                if (i == source.Length) break;
            }
            var c = source[i];
            var foldClass = classes[c];
            if (foldClass == FoldClass.Keep)
            {
                if (!output.TryAppend(c)) return -1;
                continue;
            }
            switch (foldClass)
            {
                case FoldClass.CarriageReturn:
                    if (i + 1 < source.Length && source[i + 1] == '\n') continue;
                    break;
                case FoldClass.Tatweel:
                    if (i > 0 && source[i - 1] == '\u0640') continue;
                    break;
                case FoldClass.ZeroWidthJoiner:
                    if (!JoinsEmoji(source, i, output.Written)) continue;
                    break;
                case FoldClass.Compatibility:
                    if (!output.TryAppendAll(FoldTable.Compatibility(c))) return -1;
                    continue;
                case FoldClass.Composing:
                    // Left over after NFKC, the mark composes with nothing: it is kept, or removed with the marks.
                    if (!nfkcApplied) return -1;
                    foldClass = c is >= '\u064B' and <= '\u065F' ? FoldClass.Diacritic : FoldClass.Keep;
                    break;
                case FoldClass.HighSurrogate:
                    if (i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                    {
                        var codePoint = char.ConvertToUtf32(c, source[i + 1]);
                        i++;
                        if (NfkcFolder.TryMap(codePoint, out var mapped))
                        {
                            if (!output.TryAppendAll(mapped)) return -1;
                        }
                        else if (!output.TryAppendPair(codePoint, c, source[i]))
                        {
                            return -1;
                        }
                        continue;
                    }
                    foldClass = FoldClass.Keep;
                    break;
            }
            if (!output.TryApply(foldClass, c)) return -1;
        }
        output.ReportTo(tally);
        return output.Length;
    }

    // A zero-width joiner is kept only inside an emoji sequence such as 👨‍👩‍👧, where it changes the picture.
    private static bool JoinsEmoji(ReadOnlySpan<char> source, int index, ReadOnlySpan<char> written)
    {
        if (written.Length == 0 || index + 1 >= source.Length) return false;
        var before = written[^1];
        var emojiBefore = before == '\uFE0F' || EmojiRanges.IsBmpEmoji(before)
            || (written.Length >= 2 && char.IsSurrogatePair(written[^2], before) && IsEmojiPart(char.ConvertToUtf32(written[^2], before)));
        if (!emojiBefore) return false;
        var after = source[index + 1];
        return EmojiRanges.IsBmpEmoji(after)
            || (index + 2 < source.Length && char.IsSurrogatePair(after, source[index + 2]) && IsEmojiPart(char.ConvertToUtf32(after, source[index + 2])));
    }

    private static bool IsEmojiPart(int codePoint) =>
        EmojiRanges.IsSupplementaryEmoji(codePoint) || EmojiRanges.IsSkinTone(codePoint) || EmojiRanges.IsRegionalIndicator(codePoint);
}
