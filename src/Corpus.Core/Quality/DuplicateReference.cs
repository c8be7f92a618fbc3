namespace Corpus.Core.Quality;

/// <summary>An earlier item this one duplicates, with that item's decision as the caller knows it.</summary>
/// <param name="ItemId">The earlier item (for a near duplicate, preferably the first item of its group).</param>
/// <param name="Decision">The earlier item's current decision (<see cref="QualityDecisions"/>), or null when not yet scored.</param>
/// <param name="Jaccard">Estimated similarity for a near duplicate; 1 for an exact one.</param>
public sealed record DuplicateReference(string ItemId, string? Decision, double Jaccard = 1);
