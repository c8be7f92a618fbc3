namespace Corpus.Server.Contributors;

/// <summary>The consent version a volunteer must accept, and the demographic answers they may give.</summary>
public sealed record ConsentInfo(
    string Version,
    IReadOnlyList<string> AgeBrackets,
    IReadOnlyList<string> Genders,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Languages);

public sealed record ContributorCreated(string Id, string Token);

public sealed record ConsentWithdrawn(string Id, int WithdrawnItems);
