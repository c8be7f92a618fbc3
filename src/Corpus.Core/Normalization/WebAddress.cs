namespace Corpus.Core.Normalization;

/// <summary>Recognizes web addresses cheaply, so passes can leave them whole or skip looking for them.</summary>
internal static class WebAddress
{
    private static readonly string[] DomainSuffixes = ["com", "ma", "net", "org", "fr", "io", "me", "ly", "be", "co", "tv", "info"];

    public static bool StartsAt(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a '.' is followed by a common domain suffix (hespress.com, le360.ma).</summary>
    public static bool HasDomainSuffix(ReadOnlySpan<char> text)
    {
        for (var dot = text.IndexOf('.'); dot >= 0; dot = text.IndexOf('.'))
        {
            text = text[(dot + 1)..];
            foreach (var suffix in DomainSuffixes)
            {
                if (text.StartsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }
}
