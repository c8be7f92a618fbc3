namespace Corpus.Core.Quality.Duplicates;

/// <summary>Settings of a near-duplicate index; validated when the index is built.</summary>
public sealed class NearDuplicateIndexOptions
{
    /// <summary>Estimated Jaccard similarity from which a band match counts as a near duplicate.</summary>
    public double SimilarityThreshold { get; init; } = MinHashScheme.LshThreshold;

    /// <summary>How many earlier items of one bucket are checked, newest first, so a post copied thousands of times stays cheap.</summary>
    public int MaxBucketWalk { get; init; } = 64;

    internal void Validate()
    {
        if (!(SimilarityThreshold is > 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(SimilarityThreshold), SimilarityThreshold, "Must be in (0, 1].");
        if (MaxBucketWalk < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxBucketWalk), MaxBucketWalk, "Must be at least 1.");
    }
}
