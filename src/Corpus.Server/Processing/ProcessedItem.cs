using Corpus.Data.Ingestion;
using Corpus.Data.Processing;

namespace Corpus.Server.Processing;

/// <summary>The outcome of processing one item, ready to be stored in one transaction.</summary>
internal sealed record ProcessedItem(ResultRecord Result, string State, MinHashRow? MinHash, IReadOnlyList<ItemRecord> Children);
