using Corpus.Data.Review;

namespace Corpus.Server.Review;

/// <summary>The queue's length and each annotator's decisions, agreement with settled outcomes and time per decision.</summary>
public sealed record ReviewStatsView(long Waiting, int AgreementsToSettle, IReadOnlyList<AnnotatorStats> Annotators);
