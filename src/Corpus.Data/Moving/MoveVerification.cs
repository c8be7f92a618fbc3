namespace Corpus.Data.Moving;

/// <summary>
/// The end-of-move check: row counts per table on both sides, and every blob the target's rows reference read
/// back from the target store with its SHA-256 re-checked.
/// </summary>
public sealed record MoveVerification(IReadOnlyList<TableCount> Tables, long BlobsReferenced, long BlobBytesVerified, IReadOnlyList<string> BlobFailures)
{
    public bool Passed => Tables.All(t => t.Matches) && BlobFailures.Count == 0;
}
