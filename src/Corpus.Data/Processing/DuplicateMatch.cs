namespace Corpus.Data.Processing;

/// <summary>An earlier item with the same dedup hash, and what the scorer decided about it.</summary>
public sealed record DuplicateMatch(string ItemId, string Decision);
