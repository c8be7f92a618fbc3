using System.Text;

namespace Corpus.Core.Export.Card;

/// <summary>Plain text made safe to place in a Markdown table cell or list item.</summary>
internal static class MarkdownText
{
    // Characters that CommonMark would read as emphasis, code, links, HTML, entities or cell borders.
    private const string Specials = "\\`*_[]<>|~&#!";

    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text.Trim())
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029') result.Append(' ');
            else if (Specials.Contains(c)) result.Append('\\').Append(c);
            else result.Append(c);
        }
        EscapeBlockStart(result);
        return result.ToString();
    }

    // A list item that begins with "- ", "+ " or "1. " would open a nested list.
    private static void EscapeBlockStart(StringBuilder text)
    {
        var marker = text.Length > 0 && text[0] is '-' or '+' ? 0 : OrderedMarkerEnd(text);
        if (marker < 0 || (marker + 1 < text.Length && text[marker + 1] != ' ')) return;
        text.Insert(marker, '\\');
    }

    private static int OrderedMarkerEnd(StringBuilder text)
    {
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits > 0 && digits < text.Length && text[digits] is '.' or ')' ? digits : -1;
    }
}
