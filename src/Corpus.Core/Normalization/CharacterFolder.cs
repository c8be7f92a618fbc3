namespace Corpus.Core.Normalization;

/// <summary>
/// The character pass of the display form (DESIGN.md §3 steps 3-7) in one table-driven loop:
/// invisible and bidi controls, exotic spaces, tatweel and marks, Arabic-Indic digits, look-alike
/// letters and the Darija letters. NFKC (step 2) is applied first by the caller when this pass asks.
/// </summary>
internal static class CharacterFolder
{
    /// <summary>
    /// Returns the length written, or -1 when NFKC has not been applied yet and the text holds a
    /// character it would change.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination, char darijaG, bool nfkcApplied, ReplacementTally tally)
    {
        var classes = FoldTable.Classes;
        var targets = FoldTable.Targets;
        int written = 0, diacritics = 0, tatweels = 0, emoji = 0;
        var regionalIndicators = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            switch (classes[c])
            {
                case FoldClass.Keep: destination[written++] = c; break;
                case FoldClass.Remove: break;
                case FoldClass.Space: destination[written++] = ' '; break;
                case FoldClass.LineBreak: destination[written++] = '\n'; break;
                case FoldClass.CarriageReturn:
                    if (i + 1 >= source.Length || source[i + 1] != '\n') destination[written++] = '\n';
                    break;
                case FoldClass.Diacritic: diacritics++; break;
                case FoldClass.Tatweel:
                    if (i == 0 || source[i - 1] != '\u0640') tatweels++;
                    break;
                case FoldClass.Map: destination[written++] = targets[c]; break;
                case FoldClass.DarijaG: destination[written++] = darijaG; break;
                case FoldClass.ZeroWidthJoiner:
                    if (JoinsEmoji(source, i, destination[..written])) destination[written++] = c;
                    break;
                case FoldClass.NeedsNfkc:
                    // After NFKC only marks that found no letter to compose with are left.
                    if (!nfkcApplied) return -1;
                    if (c is >= '\u064B' and <= '\u065F') diacritics++;
                    else destination[written++] = c;
                    break;
                case FoldClass.Emoji:
                    if (!FollowsJoiner(destination[..written])) emoji++;
                    destination[written++] = c;
                    break;
                case FoldClass.HighSurrogate:
                    if (i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                    {
                        var codePoint = char.ConvertToUtf32(c, source[i + 1]);
                        if (!nfkcApplied && NfkcFolder.Affects(codePoint)) return -1;
                        if (EmojiRanges.IsSupplementaryEmoji(codePoint) && !FollowsJoiner(destination[..written])) emoji++;
                        else if (EmojiRanges.IsRegionalIndicator(codePoint)) regionalIndicators++;
                        destination[written++] = c;
                        destination[written++] = source[++i];
                    }
                    else
                    {
                        destination[written++] = c;
                    }
                    break;
            }
        }
        tally.Add(ReplacementKind.Diacritics, diacritics);
        tally.Add(ReplacementKind.Elongation, tatweels);
        tally.Add(ReplacementKind.Emoji, emoji + (regionalIndicators + 1) / 2);
        return written;
    }

    private static bool FollowsJoiner(ReadOnlySpan<char> written) => written.Length > 0 && written[^1] == '\u200D';

    // A zero-width joiner is kept only inside an emoji sequence such as 👨‍👩‍👧, where it changes the picture.
    private static bool JoinsEmoji(ReadOnlySpan<char> source, int index, ReadOnlySpan<char> written)
    {
        if (written.Length == 0 || index + 1 >= source.Length) return false;
        var before = written[^1];
        var after = source[index + 1];
        var emojiBefore = char.IsLowSurrogate(before) || before == '\uFE0F' || EmojiRanges.IsBmpEmoji(before);
        var emojiAfter = char.IsHighSurrogate(after) || EmojiRanges.IsBmpEmoji(after);
        return emojiBefore && emojiAfter;
    }
}
