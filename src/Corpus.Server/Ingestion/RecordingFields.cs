namespace Corpus.Server.Ingestion;

/// <summary>The text fields of a recording upload: the prompt read aloud, or a transcript of what was said.</summary>
internal sealed record RecordingFields(string? PromptId, string? Transcript, string? Source, string? Licence);
