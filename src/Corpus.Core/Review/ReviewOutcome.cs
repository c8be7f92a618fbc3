namespace Corpus.Core.Review;

/// <summary>
/// Where an item stands after its decisions: still open, or settled as accepted (with the edited text when
/// the agreeing decisions included a fix) or rejected (with the reason most rejecting annotators gave).
/// </summary>
public sealed record ReviewOutcome(string? State, string? FixedText, string? Reason, int Accepts, int Rejects)
{
    public bool Settled => State is not null;
}
