using Corpus.Core.Normalization;
using Corpus.Data.Processing;

namespace Corpus.Server.Processing;

/// <summary>What the pipeline learned about a text before scoring it.</summary>
internal sealed record TextFacts(
    NormalizedText Normalized,
    string? DedupHash,
    DuplicateMatch? ExactDuplicate,
    (string ItemId, double Jaccard)? NearDuplicate,
    MinHashRow? MinHash);
