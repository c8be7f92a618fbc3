namespace Corpus.Server.Ingestion;

/// <summary>What a bulk import stored, and each rejected line (1-based) with its errors per field.</summary>
public sealed record BulkImportResult(int Accepted, IReadOnlyList<BulkRejectedLine> Rejected);

public sealed record BulkRejectedLine(int Line, IDictionary<string, string[]> Errors);
