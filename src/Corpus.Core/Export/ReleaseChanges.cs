namespace Corpus.Core.Export;

/// <summary>What a release changed against its parent (CHANGES.md); ids sorted ordinally.</summary>
public sealed record ReleaseChanges(
    string? ParentVersion,
    IReadOnlyList<string> Added,
    IReadOnlyList<RemovedItem> Removed,
    IReadOnlyList<string> Changed);

/// <summary>An item in the parent release that is not in this one, and why.</summary>
public sealed record RemovedItem(string Id, string Reason)
{
    public const string Withdrawn = "withdrawn";
    public const string Rejected = "rejected";
    public const string Excluded = "excluded";
}
