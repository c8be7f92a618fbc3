using Corpus.Core.Normalization;
using Corpus.Core.Quality.LanguageId;
using Corpus.Data.Processing;

namespace Corpus.Server.Processing;

/// <summary>What the pipeline learned about a text before scoring it.</summary>
internal sealed record TextFacts(
    NormalizedText Normalized,
    LanguagePrediction? Language,
    string? DedupHash,
    DuplicateMatch? ExactDuplicate,
    (string ItemId, double Jaccard)? NearDuplicate,
    MinHashRow? MinHash);
