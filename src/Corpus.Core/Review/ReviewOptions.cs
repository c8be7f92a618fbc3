using System.ComponentModel.DataAnnotations;

namespace Corpus.Core.Review;

/// <summary>Review queue settings (configuration section "Corpus:Review").</summary>
public sealed class ReviewOptions
{
    public const string Section = "Corpus:Review";

    /// <summary>Agreeing decisions that settle an item (k in DESIGN §5).</summary>
    [Range(1, 9)]
    public int AgreementsToSettle { get; set; } = 2;

    /// <summary>How long a claimed item stays with its annotator before it returns to the queue.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Most items one claim may take.</summary>
    [Range(1, 200)]
    public int MaxClaim { get; set; } = 50;
}
