namespace Corpus.Core.Normalization;

/// <summary>
/// DESIGN.md §3 step 10: a display form split into sentences at . ! ? ؟ ۔ … and line breaks.
/// Latin terminators end a sentence only before a space or the end, so "3.5", "hespress.com/a?b=1"
/// and decimal prices stay whole; the Arabic ؟ and ۔ end one even when the next word is glued on,
/// except inside a web address.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of a display form, trimmed, in order, none empty.</summary>
    public static IReadOnlyList<string> Split(string display)
    {
        var segments = new List<string>();
        var text = display.AsSpan();
        var start = 0;
        var inWebAddress = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\n')
            {
                inWebAddress = false;
                if (c == '\n') Add(segments, text[start..i], ref start, i + 1);
                continue;
            }
            if (c is 'h' or 'H' or 'w' or 'W' && (i == 0 || text[i - 1] is ' ' or '\n') && WebAddress.StartsAt(text[i..])) inWebAddress = true;
            if (!IsTerminator(c)) continue;
            var end = i + 1;
            while (end < text.Length && (IsTerminator(text[end]) || IsClosing(text[end]))) end++;
            var next = end < text.Length ? text[end] : ' ';
            if (next is ' ' or '\n' || (!inWebAddress && c is '؟' or '۔' or '…'))
            {
                Add(segments, text[start..end], ref start, end);
                i = end - 1;
            }
        }
        Add(segments, text[start..], ref start, text.Length);
        return segments;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '؟' or '۔' or '…';

    private static bool IsClosing(char c) => c is '"' or '\'' or ')' or '»' or '”';

    private static void Add(List<string> segments, ReadOnlySpan<char> segment, ref int start, int next)
    {
        var trimmed = segment.Trim();
        if (!trimmed.IsEmpty) segments.Add(trimmed.ToString());
        start = next;
    }
}
