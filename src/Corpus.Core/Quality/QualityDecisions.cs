namespace Corpus.Core.Quality;

/// <summary>The three outcomes of scoring an item.</summary>
public static class QualityDecisions
{
    /// <summary>Clean: goes on without review.</summary>
    public const string Accepted = "accepted";

    /// <summary>Needs a human: waits in the review queue with its flags.</summary>
    public const string Flagged = "flagged";

    /// <summary>Hard failure (empty, corrupt, link/emoji only, copy of a rejected item).</summary>
    public const string Rejected = "rejected";
}
