namespace Corpus.Core.Quality.Duplicates;

/// <summary>An earlier item whose estimated Jaccard similarity with the new one reached the threshold.</summary>
public readonly record struct NearDuplicateCandidate(string ItemId, double Jaccard);
