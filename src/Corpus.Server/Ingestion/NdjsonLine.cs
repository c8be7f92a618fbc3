namespace Corpus.Server.Ingestion;

/// <summary>One line of an NDJSON stream (1-based number), without its line ending.</summary>
internal readonly record struct NdjsonLine(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong);
