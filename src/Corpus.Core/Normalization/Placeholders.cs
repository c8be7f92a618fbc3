namespace Corpus.Core.Normalization;

/// <summary>The placeholder tokens social cleaning writes in place of personal data.</summary>
internal static class Placeholders
{
    public static readonly string[] All =
        [SocialCleaner.UrlToken, SocialCleaner.EmailToken, SocialCleaner.UserToken, SocialCleaner.PhoneToken, SocialCleaner.IdToken];

    /// <summary>The length of the placeholder starting the text, or 0.</summary>
    public static int LengthAt(ReadOnlySpan<char> text)
    {
        foreach (var token in All)
        {
            if (text.StartsWith(token, StringComparison.Ordinal)) return token.Length;
        }
        return 0;
    }
}
