namespace Corpus.Core.Normalization;

/// <summary>
/// DESIGN.md §3 steps 9-10 on text already through the character pass (so every space is ' ' and
/// every line break '\n'): three or more of one character become two (digits never; dots keep
/// three, so an ellipsis survives), laughter becomes one canonical word, spaces collapse, line
/// breaks stay single. Web addresses are copied as they are, so "www" keeps its three letters.
/// </summary>
internal static class FinishingPass
{
    /// <summary>The destination size <see cref="Finish"/> needs for a source of this length.</summary>
    public static int Capacity(int sourceLength) => sourceLength * 2 + 4;

    public static int Finish(ReadOnlySpan<char> source, Span<char> destination, ReplacementTally tally)
    {
        var isLetter = LetterTable.IsLetter;
        int written = 0, elongations = 0, laughs = 0;
        int wordStart = -1, wordSourceStart = 0, wordElongations = 0;
        var separator = '\0';
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (isLetter[c])
            {
                if (wordStart < 0)
                {
                    if (separator != '\0') written = AppendSeparator(destination, written, ref separator);
                    if (c is 'h' or 'H' or 'w' or 'W' && StartsWebAddress(source, i))
                    {
                        i = CopyWebAddress(source, i, destination, ref written);
                        continue;
                    }
                    wordStart = written;
                    wordSourceStart = i;
                }
                if (written >= 2 && destination[written - 1] == c && destination[written - 2] == c)
                {
                    if (written < 3 || destination[written - 3] != c) wordElongations++;
                    continue;
                }
                destination[written++] = c;
                continue;
            }
            if (wordStart >= 0)
            {
                written = EndWord(destination, wordStart, written, i - wordSourceStart, ref wordElongations, ref laughs, ref elongations);
                wordStart = -1;
            }
            if (c is ' ' or '\n')
            {
                if (separator != '\n') separator = c;
                continue;
            }
            if (separator != '\0') written = AppendSeparator(destination, written, ref separator);
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                if (written >= 4 && destination[written - 2] == c && destination[written - 1] == source[i + 1]
                    && destination[written - 4] == c && destination[written - 3] == source[i + 1])
                {
                    if (written < 6 || destination[written - 6] != c || destination[written - 5] != source[i + 1]) elongations++;
                    i++;
                    continue;
                }
                destination[written++] = c;
                destination[written++] = source[++i];
                continue;
            }
            if (IsRepeatToDrop(destination, written, c, ref elongations)) continue;
            destination[written++] = c;
        }
        if (wordStart >= 0) written = EndWord(destination, wordStart, written, source.Length - wordSourceStart, ref wordElongations, ref laughs, ref elongations);
        tally.Add(ReplacementKind.Elongation, elongations);
        tally.Add(ReplacementKind.Laughter, laughs);
        return written;
    }

    private static bool IsRepeatToDrop(Span<char> destination, int written, char c, ref int elongations)
    {
        if (c is >= '0' and <= '9' || written < 2 || destination[written - 1] != c || destination[written - 2] != c) return false;
        if (c != '.') return CountRun(destination, written, c, ref elongations);
        return written >= 3 && destination[written - 3] == '.';
    }

    private static bool CountRun(Span<char> destination, int written, char c, ref int elongations)
    {
        if (written < 3 || destination[written - 3] != c) elongations++;
        return true;
    }

    private static int AppendSeparator(Span<char> destination, int written, ref char separator)
    {
        if (written > 0) destination[written++] = separator;
        separator = '\0';
        return written;
    }

    private static int EndWord(Span<char> destination, int start, int end, int rawLetters, ref int wordElongations, ref int laughs, ref int elongations)
    {
        var first = destination[start];
        if (first is 'ه' or 'h' or 'H' or 'a' or 'A' && Laughter.Canonical(destination[start..end], rawLetters) is { } canonical)
        {
            canonical.AsSpan().CopyTo(destination[start..]);
            laughs++;
            end = start + canonical.Length;
        }
        else
        {
            elongations += wordElongations;
        }
        wordElongations = 0;
        return end;
    }

    private static bool StartsWebAddress(ReadOnlySpan<char> source, int index) =>
        (index == 0 || source[index - 1] is ' ' or '\n') && WebAddress.StartsAt(source[index..]);

    private static int CopyWebAddress(ReadOnlySpan<char> source, int index, Span<char> destination, ref int written)
    {
        var length = source[index..].IndexOfAny(' ', '\n');
        if (length < 0) length = source.Length - index;
        source.Slice(index, length).CopyTo(destination[written..]);
        written += length;
        return index + length - 1;
    }
}
