namespace Corpus.Server.Ingestion;

/// <summary>One NDJSON line of a bulk import: a text (default) or a social post.</summary>
public sealed record BulkLine(
    string? Kind, string? Text, string? Source = null, string? Licence = null,
    string? Platform = null, DateTimeOffset? PostedAt = null, string? Url = null, string? AuthorHandle = null)
{
    public TextItemRequest AsText() => new(Text, Source, Licence);

    public SocialItemRequest AsSocial() => new(Platform, Text, PostedAt, Url, AuthorHandle);
}
