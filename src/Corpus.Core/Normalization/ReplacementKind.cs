namespace Corpus.Core.Normalization;

internal enum ReplacementKind
{
    Url,
    Email,
    Phone,
    User,
    Id,
    Hashtag,
    Emoji,
    Diacritics,
    Elongation,
    Laughter,
}
