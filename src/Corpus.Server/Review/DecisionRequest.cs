namespace Corpus.Server.Review;

/// <summary>
/// An annotator's decision on a claimed item: approve; fix with the corrected <see cref="Text"/> (the text,
/// or a recording's transcript); or reject with a <see cref="Reason"/>. <see cref="Note"/> is free text for other annotators.
/// </summary>
public sealed record DecisionRequest(string? Decision, string? Reason = null, string? Text = null, string? Note = null);
