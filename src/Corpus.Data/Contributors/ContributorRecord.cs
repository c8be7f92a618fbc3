namespace Corpus.Data.Contributors;

/// <summary>One row of <c>contributors</c>: a pseudonymous volunteer and their consent.</summary>
public sealed record ContributorRecord
{
    public required string Id { get; init; }
    public required string ConsentVersion { get; init; }
    public required string ConsentedAt { get; init; }
    public string? WithdrawnAt { get; init; }
    public string? AgeBracket { get; init; }
    public string? Gender { get; init; }
    public string? Region { get; init; }
    public string? Languages { get; init; }
    public required string CreatedAt { get; init; }
}
