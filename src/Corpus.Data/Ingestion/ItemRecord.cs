namespace Corpus.Data.Ingestion;

/// <summary>One row of <c>items</c>: the raw submission and where it is in the flow.</summary>
public sealed record ItemRecord
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string State { get; init; }
    public string? ContributorId { get; init; }
    public string? TokenId { get; init; }
    public string? RawText { get; init; }
    public string? Source { get; init; }
    public string? Licence { get; init; }
    public string? Platform { get; init; }
    public string? PostedAt { get; init; }
    public string? Url { get; init; }
    public string? AuthorHash { get; init; }
    public string? PromptId { get; init; }
    public string? BlobSha256 { get; init; }
    public long? BlobSize { get; init; }
    public string? AudioFormat { get; init; }
    public long? AudioSampleRate { get; init; }
    public long? AudioChannels { get; init; }
    public long? AudioBits { get; init; }
    public long? AudioDurationMs { get; init; }
    public required string ContentHash { get; init; }
    public string? ParentId { get; init; }
    public required string CreatedAt { get; init; }
    public required string UpdatedAt { get; init; }

    /// <summary>How many times a worker has claimed the item.</summary>
    public long Attempts { get; init; }

    /// <summary>Why the last processing attempt failed, if it did.</summary>
    public string? LastError { get; init; }
}
