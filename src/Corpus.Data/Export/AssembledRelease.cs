using Corpus.Core.Export;

namespace Corpus.Data.Export;

/// <summary>A release's contents and the item rows to record once its files are written.</summary>
public sealed record AssembledRelease(ReleaseContents Contents, IReadOnlyList<ReleasedItem> Items);
