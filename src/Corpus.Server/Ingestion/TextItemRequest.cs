namespace Corpus.Server.Ingestion;

/// <summary>A text a volunteer typed or pasted; kept byte for byte as its raw form.</summary>
public sealed record TextItemRequest(string? Text, string? Source = null, string? Licence = null);
