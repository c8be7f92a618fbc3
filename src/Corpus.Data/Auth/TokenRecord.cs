namespace Corpus.Data.Auth;

/// <summary>One row of <c>tokens</c>; only the SHA-256 of the bearer secret is kept.</summary>
public sealed record TokenRecord
{
    public required string Id { get; init; }
    public required string TokenHash { get; init; }
    public required string Role { get; init; }
    public string? ContributorId { get; init; }
    public string? Label { get; init; }
    public required string CreatedAt { get; init; }
    public string? RevokedAt { get; init; }
}
