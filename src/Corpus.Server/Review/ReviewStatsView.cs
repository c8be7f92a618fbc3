using Corpus.Core.Review;
using Corpus.Data.Review;

namespace Corpus.Server.Review;

/// <summary>
/// The queue's length, agreement between annotators, and each annotator's decisions, agreement with settled
/// outcomes and time per decision; <see cref="You"/> is the caller's annotator id, so a page can point out their own row.
/// </summary>
public sealed record ReviewStatsView(long Waiting, int AgreementsToSettle, string You, InterAnnotatorAgreement Agreement,
    IReadOnlyList<AnnotatorStats> Annotators);
