namespace Corpus.Core.Export;

/// <summary>The files of a release directory as the manifest names them: relative, forward slashes, sorted ordinally.</summary>
internal static class ReleaseDirectory
{
    public static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
}
