using System.Buffers;
using System.Text.RegularExpressions;

namespace Corpus.Core.Normalization;

/// <summary>
/// DESIGN.md §3 step 8 for social posts: addresses, e-mails, handles, Moroccan phone numbers and
/// CIN-like ids become placeholders (counted, as PII signals); hashtags become their words.
/// Each pattern runs only when a cheap scan finds what it needs (an '@', enough digits, a '#'),
/// in an order where earlier placeholders cannot be matched again; every repeated part is
/// anchored, so no input makes the patterns backtrack badly.
/// </summary>
internal static partial class SocialCleaner
{
    public const string UrlToken = "<URL>";
    public const string EmailToken = "<EMAIL>";
    public const string UserToken = "<USER>";
    public const string PhoneToken = "<PHONE>";
    public const string IdToken = "<ID>";

    private const string TrailingPunctuation = ".,;:!?)]}'\"؟،»…";

    private static readonly SearchValues<string> SchemeStarts = SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""(?:https?://|www\.)[^\s<>"]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchemeUrl();

    [GeneratedRegex("""(?<![\w.@-])(?:[a-z0-9-]+\.)+(?:com|ma|net|org|fr|io|me|ly|be|co|tv|info)\b(?:/[^\s<>"]*)?""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareDomainUrl();

    [GeneratedRegex("""(?<![\w+])(?:\+212|00212|0)[\s.-]?(?:\(0\)[\s.-]?)?[5-8](?:[\s.-]?[0-9]){8}(?![0-9])""", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex("""(?<![\w@.>])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?""", RegexOptions.CultureInvariant)]
    private static partial Regex User();

    [GeneratedRegex("""(?<![\w&#>])#([\p{L}\p{M}\p{Nd}_]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();

    [GeneratedRegex("""\b[A-Z]{1,2}[0-9]{5,6}\b""", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    public static string Clean(string text, ReplacementTally tally)
    {
        if (text.AsSpan().IndexOfAny(SchemeStarts) >= 0) text = SchemeUrl().Replace(text, match => ReplaceUrl(match, tally));
        if (WebAddress.HasDomainSuffix(text)) text = BareDomainUrl().Replace(text, match => ReplaceUrl(match, tally));
        if (text.Contains('@'))
        {
            text = EmailAddresses.Replace(text, EmailToken, tally);
            text = User().Replace(text, _ => Counted(tally, ReplacementKind.User, UserToken));
        }
        var digits = CountDigits(text);
        if (digits >= 9) text = Phone().Replace(text, _ => Counted(tally, ReplacementKind.Phone, PhoneToken));
        if (digits >= 5) text = Id().Replace(text, _ => Counted(tally, ReplacementKind.Id, IdToken));
        if (text.Contains('#')) text = Hashtag().Replace(text, match => ReplaceHashtag(match, tally));
        return text;
    }

    private static int CountDigits(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (first < 0) return 0;
        var count = 0;
        foreach (var c in text.AsSpan(first))
        {
            if (char.IsAsciiDigit(c)) count++;
        }
        return count;
    }

    private static string ReplaceUrl(Match match, ReplacementTally tally)
    {
        var url = match.ValueSpan;
        var kept = url.TrimEnd(TrailingPunctuation);
        tally.Add(ReplacementKind.Url);
        return string.Concat(UrlToken, url[kept.Length..]);
    }

    private static string ReplaceHashtag(Match match, ReplacementTally tally)
    {
        var tag = match.Groups[1].ValueSpan;
        if (!ContainsLetter(tag)) return match.Value;
        tally.Add(ReplacementKind.Hashtag);
        return tag.ToString().Replace('_', ' ').Trim();
    }

    private static string Counted(ReplacementTally tally, ReplacementKind kind, string token)
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
