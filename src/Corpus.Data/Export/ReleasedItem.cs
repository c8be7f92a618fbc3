namespace Corpus.Data.Export;

/// <summary>One row of <c>release_items</c>: an item in a release, its split and a checksum of what was exported.</summary>
public sealed record ReleasedItem(string ItemId, string Split, string Checksum);
