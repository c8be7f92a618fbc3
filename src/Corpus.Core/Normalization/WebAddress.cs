namespace Corpus.Core.Normalization;

/// <summary>Recognizes where a web address starts, so passes can leave it whole.</summary>
internal static class WebAddress
{
    public static bool StartsAt(ReadOnlySpan<char> text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
