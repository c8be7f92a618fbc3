namespace Corpus.Core.Review;

/// <summary>What an annotator can decide about a flagged item.</summary>
public static class ReviewDecisionKinds
{
    public const string Approve = "approve";
    /// <summary>Approve with an edited text or transcript.</summary>
    public const string Fix = "fix";
    public const string Reject = "reject";

    public static readonly IReadOnlyList<string> All = [Approve, Fix, Reject];

    public static bool Accepts(string decision) => decision is Approve or Fix;
}
