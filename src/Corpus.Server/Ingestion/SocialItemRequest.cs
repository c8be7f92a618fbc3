namespace Corpus.Server.Ingestion;

/// <summary>A social-media post; the author's handle is stored only as a keyed hash.</summary>
public sealed record SocialItemRequest(
    string? Platform, string? Text, DateTimeOffset? PostedAt = null, string? Url = null, string? AuthorHandle = null);
