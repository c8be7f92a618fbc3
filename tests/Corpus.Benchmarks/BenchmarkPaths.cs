namespace Corpus.Benchmarks;

internal static class BenchmarkPaths
{
    public static string RepositoryRoot { get; } = Find();

    /// <summary>The evaluation data folder beside the clone, or null when absent.</summary>
    public static string? SharedData =>
        Directory.Exists(Path.Combine(RepositoryRoot, "..", "shared", "data"))
            ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"))
            : null;

    public static string NewTempDirectory(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
