namespace Corpus.Data.Processing;

/// <summary>Corpus-wide counts; <see cref="AudioHoursByState"/> is hours of normalized (trimmed) audio per item state.</summary>
public sealed record CorpusStats(
    IReadOnlyDictionary<string, long> ItemsByState,
    IReadOnlyDictionary<string, long> ItemsByKind,
    IReadOnlyDictionary<string, long> Languages,
    IReadOnlyDictionary<string, long> Flags,
    IReadOnlyDictionary<string, double> AudioHoursByState);
