namespace Corpus.Server.Contributors;

/// <summary>
/// One item in a volunteer's own list: what it is, where it stands (received, accepted, flagged for review,
/// rejected, withdrawn) and the start of its text or transcript.
/// </summary>
public sealed record ContributionView(string Id, string Kind, string State, string CreatedAt, string? Text, string? PromptId);
