namespace Corpus.Core.Normalization;

/// <summary>
/// DESIGN.md §3 steps 9-10 on text already through the character pass: elongations collapse to two
/// (digits never), laughter becomes one canonical token, spaces collapse and line breaks are kept
/// single. Web addresses are copied as they are, so "www" keeps its three letters.
/// </summary>
internal static class FinishingPass
{
    /// <summary>The destination must hold <see cref="Capacity"/> chars for the source length.</summary>
    public static int Capacity(int sourceLength) => sourceLength * 2 + 4;

    public static int Finish(ReadOnlySpan<char> source, Span<char> destination, ReplacementTally tally)
    {
        var state = new FinishingState(destination, tally);
        var pendingSeparator = '\0';
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is ' ' or '\n')
            {
                state.EndWord();
                state.ResetRun();
                if (pendingSeparator != '\n') pendingSeparator = c;
                continue;
            }
            if (pendingSeparator != '\0')
            {
                if (state.Written > 0) state.Append(pendingSeparator);
                pendingSeparator = '\0';
            }
            if ((i == 0 || source[i - 1] is ' ' or '\n') && WebAddress.StartsAt(source[i..]))
            {
                var end = source[i..].IndexOfAny(' ', '\n');
                var length = end < 0 ? source.Length - i : end;
                state.AppendVerbatim(source.Slice(i, length));
                i += length - 1;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                state.EndWord();
                state.AppendCodePoint(char.ConvertToUtf32(c, source[i + 1]), c, source[i + 1]);
                i++;
                continue;
            }
            state.AppendChar(c);
        }
        state.EndWord();
        return state.Written;
    }
}
