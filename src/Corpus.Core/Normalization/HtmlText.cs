using System.Net;

namespace Corpus.Core.Normalization;

/// <summary>DESIGN.md §3 step 1 for social posts: entities decoded and line-break tags made line breaks.</summary>
internal static class HtmlText
{
    private static readonly string[] LineBreakTags = ["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />"];

    public static string Unescape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<') < 0) return text;
        foreach (var tag in LineBreakTags)
        {
            if (text.Contains(tag, StringComparison.Ordinal)) text = text.Replace(tag, "\n", StringComparison.Ordinal);
        }
        return WebUtility.HtmlDecode(text);
    }
}
