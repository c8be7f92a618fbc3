namespace Corpus.Server.Contributors;

/// <summary>A volunteer signing up: explicit consent to the shown consent version, optional demographics.</summary>
public sealed record CreateContributorRequest(
    bool? Consent,
    string? ConsentVersion,
    string? AgeBracket = null,
    string? Gender = null,
    string? Region = null,
    IReadOnlyList<string>? Languages = null);
