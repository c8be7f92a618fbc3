using Corpus.Core.Review;

namespace Corpus.Data.Review;

/// <summary>Every annotator's record and the agreement between annotators over items several of them decided.</summary>
public sealed record ReviewStats(IReadOnlyList<AnnotatorStats> Annotators, InterAnnotatorAgreement Agreement);
