namespace Corpus.Core.Normalization;

/// <summary>Recognizes web addresses cheaply, so passes can leave them whole or skip looking for them.</summary>
internal static class WebAddress
{
    private static readonly string[] DomainSuffixes = ["com", "ma", "net", "org", "fr", "io", "me", "ly", "be", "co", "tv", "info"];

    public static bool StartsAt(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a word is followed by '.' and a common domain suffix (hespress.com, le360.ma/x).</summary>
    public static bool HasDomainSuffix(ReadOnlySpan<char> text)
    {
        var offset = 0;
        for (var dot = text.IndexOf('.'); dot >= 0; dot = text[offset..].IndexOf('.'))
        {
            dot += offset;
            offset = dot + 1;
            if (dot == 0 || !char.IsAsciiLetterOrDigit(text[dot - 1])) continue;
            var after = text[offset..];
            foreach (var suffix in DomainSuffixes)
            {
                if (after.StartsWith(suffix, StringComparison.OrdinalIgnoreCase)
                    && (after.Length == suffix.Length || !char.IsAsciiLetterOrDigit(after[suffix.Length])))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
