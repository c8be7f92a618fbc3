namespace Corpus.Testing;

/// <summary>Locates the repository and the optional evaluation data folder beside it.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The evaluation data folder (`../shared/data` beside the clone), or null when absent.</summary>
    public static string? SharedData
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>A file under the evaluation data folder; the test is ignored when the folder is absent.</summary>
    public static string RequireSharedFile(string relativePath)
    {
        var root = SharedData;
        if (root is null) Assert.Ignore("Evaluation data (../shared/data) is not present beside this clone.");
        var path = Path.Combine(root!, relativePath);
        if (!File.Exists(path)) Assert.Ignore($"Evaluation file {relativePath} is not present.");
        return path;
    }

    public static string NewTempDirectory(string prefix = "corpus-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Corpus.sln not found above the test assembly.");
    }
}
