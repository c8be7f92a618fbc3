using System.Net;
using System.Text;

namespace Corpus.Core.Normalization;

/// <summary>
/// DESIGN.md §3 step 1 for social posts: line-break tags become line breaks, the inline tags that
/// comment exports carry (&lt;a href=...&gt;12:04&lt;/a&gt;, &lt;b&gt;) are dropped keeping their text,
/// and entities are decoded. A '&lt;' that does not open one of these tags is text ("3 &lt; 5").
/// </summary>
internal static class HtmlText
{
    private static readonly string[] InlineTags =
        ["a", "b", "i", "u", "s", "em", "strong", "span", "p", "div", "font", "small", "big", "sup", "sub"];

    public static string Unescape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<') < 0) return text;
        if (text.Contains('<')) text = ReplaceTags(text);
        return text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
    }

    private static string ReplaceTags(string text)
    {
        var output = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        for (var open = rest.IndexOf('<'); open >= 0; open = rest.IndexOf('<'))
        {
            output.Append(rest[..open]);
            rest = rest[open..];
            var close = rest[1..].IndexOfAny('>', '<', '\n') + 1;
            if (close > 0 && rest[close] == '>' && TagName(rest[1..close]) is var name && IsKnown(name))
            {
                if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) output.Append('\n');
                rest = rest[(close + 1)..];
                continue;
            }
            output.Append('<');
            rest = rest[1..];
        }
        return output.Append(rest).ToString();
    }

    // "a href=x" -> "a", "/b" -> "b", "br /" -> "br"; anything else gives a name no tag has.
    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> inside)
    {
        if (inside.StartsWith('/')) inside = inside[1..];
        var end = inside.IndexOfAny(' ', '/', '\t');
        return end < 0 ? inside : inside[..end];
    }

    private static bool IsKnown(ReadOnlySpan<char> name)
    {
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var tag in InlineTags)
        {
            if (name.Equals(tag, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
