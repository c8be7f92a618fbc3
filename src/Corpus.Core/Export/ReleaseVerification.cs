namespace Corpus.Core.Export;

/// <summary>The outcome of checking a release against its manifest: empty Problems means intact.</summary>
public sealed record ReleaseVerification(string? Version, int FilesChecked, long BytesChecked, IReadOnlyList<string> Problems)
{
    public bool Intact => Problems.Count == 0;
}
