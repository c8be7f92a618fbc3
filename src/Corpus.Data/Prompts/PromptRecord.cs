namespace Corpus.Data.Prompts;

/// <summary>One row of <c>prompts</c>: a sentence volunteers are asked to read aloud.</summary>
public sealed record PromptRecord
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public string? Source { get; init; }
    public string? Licence { get; init; }
    public long Active { get; init; } = 1;
    public required string CreatedAt { get; init; }
}
