namespace Corpus.Server.Ingestion;

public sealed record ItemCreated(string Id, string State);
