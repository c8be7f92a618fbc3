namespace Corpus.Data.Processing;

/// <summary>
/// An exact copy of the item was completed (by another worker) after the item was scored; nothing was
/// written, and the item must be scored again so it is flagged as that copy's duplicate.
/// </summary>
public sealed class DuplicateAppearedException(string itemId, string duplicateOf)
    : Exception($"Item {itemId} has an exact copy, {duplicateOf}, that was completed while it was being scored.")
{
    public string ItemId { get; } = itemId;
    public string DuplicateOf { get; } = duplicateOf;
}
