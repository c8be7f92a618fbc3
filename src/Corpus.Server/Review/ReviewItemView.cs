using Corpus.Server.Ingestion;

namespace Corpus.Server.Review;

/// <summary>
/// A claimed item as the annotator sees it: the item with its flags and reasons, where to listen, until when
/// the claim holds, and how many decisions it already has (not what they were, so as not to sway this one).
/// </summary>
public sealed record ReviewItemView(ItemView Item, string? AudioUrl, string LeaseUntil, long DecisionsSoFar);
