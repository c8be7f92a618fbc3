namespace Corpus.Data.Storage;

/// <summary>One numbered, forward-only schema script.</summary>
public sealed record Migration(int Version, string Name, string Sql);
