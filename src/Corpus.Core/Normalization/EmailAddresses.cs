using System.Text;

namespace Corpus.Core.Normalization;

/// <summary>
/// Finds e-mail addresses by expanding around each '@' (local part of letters, digits and ._%+-,
/// then a dotted domain ending in a suffix of two or more letters), which costs one scan of the
/// text however it is written.
/// </summary>
internal static class EmailAddresses
{
    public static string Replace(string text, string token, ReplacementTally tally)
    {
        StringBuilder? output = null;
        var copied = 0;
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && IsLocalChar(text[start - 1])) start--;
            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-')) end++;
            while (end > at + 1 && text[end - 1] is '.' or '-') end--;
            // "ali@site.ma.06" ends at site.ma: back off label by label to the longest valid domain.
            while (end > at + 1 && !IsDomain(text.AsSpan(at + 1, end - at - 1)))
            {
                var dot = text.AsSpan(at + 1, end - at - 1).LastIndexOf('.');
                end = dot < 0 ? at + 1 : at + 1 + dot;
            }
            start = Math.Max(start, copied);
            if (start == at || end == at + 1) continue;
            output ??= new StringBuilder(text.Length);
            output.Append(text, copied, start - copied).Append(token);
            copied = end;
            tally.Add(ReplacementKind.Email);
        }
        return output is null ? text : output.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || domain.Length - lastDot - 1 < 2 || domain.Contains("..", StringComparison.Ordinal)) return false;
        foreach (var c in domain[(lastDot + 1)..])
        {
            if (!char.IsAsciiLetter(c)) return false;
        }
        return true;
    }
}
