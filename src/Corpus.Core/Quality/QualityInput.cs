using Corpus.Core.Normalization;

namespace Corpus.Core.Quality;

/// <summary>What the scorer judges for one item: its text and/or audio measurements, and the duplicates the caller found.</summary>
public sealed record QualityInput
{
    /// <summary>The normalized text (a post, or a recording's transcript), if any.</summary>
    public NormalizedText? Text { get; init; }

    /// <summary>The audio measurements, for a recording.</summary>
    public AudioSignalInput? Audio { get; init; }

    /// <summary>An earlier item with the same match key hash (see <see cref="ExactDuplicateKey"/>).</summary>
    public DuplicateReference? ExactDuplicateOf { get; init; }

    /// <summary>Earlier items the near-duplicate index matched.</summary>
    public IReadOnlyList<DuplicateReference> NearDuplicatesOf { get; init; } = [];
}
