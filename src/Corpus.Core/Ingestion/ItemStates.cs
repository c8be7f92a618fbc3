namespace Corpus.Core.Ingestion;

/// <summary>An item's place in the flow: received -> processed -> accepted | flagged -> accepted | rejected; withdrawn on consent withdrawal.</summary>
public static class ItemStates
{
    public const string Received = "received";
    public const string Processed = "processed";
    public const string Accepted = "accepted";
    public const string Flagged = "flagged";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";
}
