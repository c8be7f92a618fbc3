using System.Net;
using System.Text.RegularExpressions;

namespace Corpus.Core.Normalization;

/// <summary>
/// DESIGN.md §3 step 1 for social posts: line-break tags become line breaks, the inline tags that
/// comment exports carry (&lt;a href=...&gt;12:04&lt;/a&gt;, &lt;b&gt;) are dropped keeping their text,
/// and entities are decoded.
/// </summary>
internal static partial class HtmlText
{
    [GeneratedRegex("""<br\s*/?>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex("""</?(?:a|b|i|u|s|em|strong|span|p|div|font|small|big|sup|sub)(?:\s[^<>]*)?/?>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();

    public static string Unescape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<') < 0) return text;
        if (text.Contains('<'))
        {
            text = LineBreakTag().Replace(text, "\n");
            text = InlineTag().Replace(text, "");
        }
        return WebUtility.HtmlDecode(text);
    }
}
