using System.Text.RegularExpressions;

namespace Corpus.Core.Normalization;

/// <summary>
/// DESIGN.md §3 step 8 for social posts: addresses, e-mails, handles, Moroccan phone numbers and
/// CIN-like ids become placeholders (counted, as PII signals); hashtags become their words.
/// One left-to-right scan; every repeated part is anchored so no input makes it backtrack badly.
/// </summary>
internal static partial class SocialCleaner
{
    public const string UrlToken = "<URL>";
    public const string EmailToken = "<EMAIL>";
    public const string UserToken = "<USER>";
    public const string PhoneToken = "<PHONE>";
    public const string IdToken = "<ID>";

    private const string TrailingPunctuation = ".,;:!?)]}'\"؟،»…";

    [GeneratedRegex("""
        (?<url>(?i:(?:https?://|www\.)[^\s<>"]+|(?<![\w.@-])(?:[a-z0-9-]+\.)+(?:com|ma|net|org|fr|io|me|ly|be|co|tv|info)\b(?:/[^\s<>"]*)?))
        |(?<email>(?<![\w.%+-])(?>[\w.%+-]+)@(?>[a-zA-Z0-9-]+)(?:\.(?>[a-zA-Z0-9-]+))*\.[a-zA-Z]{2,}\b)
        |(?<phone>(?<![\w+])(?:\+212|00212|0)[\s.-]?(?:\(0\)[\s.-]?)?[5-8](?:[\s.-]?[0-9]){8}(?![0-9]))
        |(?<user>(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)
        |(?<hashtag>(?<![\w&#])\#(?<tag>[\p{L}\p{M}\p{Nd}_]+))
        |(?<id>\b[A-Z]{1,2}[0-9]{5,6}\b)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static string Clean(string text, ReplacementTally tally)
    {
        if (!MayContainAny(text)) return text;
        return Pattern().Replace(text, match => Replace(match, tally));
    }

    // Every pattern needs one of these characters; most short posts have none of them except digits.
    private static bool MayContainAny(string text) =>
        text.AsSpan().IndexOfAny("@#.0123456789") >= 0;

    private static string Replace(Match match, ReplacementTally tally)
    {
        if (match.Groups["url"].Success)
        {
            var url = match.ValueSpan;
            var kept = url.TrimEnd(TrailingPunctuation);
            tally.Add(ReplacementKind.Url);
            return string.Concat(UrlToken, url[kept.Length..]);
        }
        if (match.Groups["email"].Success) return Count(tally, ReplacementKind.Email, EmailToken);
        if (match.Groups["phone"].Success) return Count(tally, ReplacementKind.Phone, PhoneToken);
        if (match.Groups["user"].Success) return Count(tally, ReplacementKind.User, UserToken);
        if (match.Groups["id"].Success) return Count(tally, ReplacementKind.Id, IdToken);
        var tag = match.Groups["tag"].ValueSpan;
        if (!ContainsLetter(tag)) return match.Value;
        tally.Add(ReplacementKind.Hashtag);
        return tag.ToString().Replace('_', ' ').Trim();
    }

    private static string Count(ReplacementTally tally, ReplacementKind kind, string token)
    {
        tally.Add(kind);
        return token;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }
}
