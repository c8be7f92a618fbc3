namespace Corpus.Server.Contributors;

public sealed record ConsentInfo(string Version);

public sealed record ContributorCreated(string Id, string Token);

public sealed record ConsentWithdrawn(string Id, int WithdrawnItems);
