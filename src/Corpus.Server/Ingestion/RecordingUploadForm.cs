namespace Corpus.Server.Ingestion;

/// <summary>The multipart fields of a recording upload (documents the form in the OpenAPI description).</summary>
public sealed record RecordingUploadForm(IFormFile Audio, string? PromptId, string? Transcript, string? Source, string? Licence);
