namespace Corpus.Testing;

/// <summary>
/// Guards for tests that need an external program. On a laptop without it the test is skipped with
/// the reason; in CI (CORPUS_REQUIRE_ALL=1) a missing program fails the test instead.
/// </summary>
public static class Requires
{
    public static bool AllRequired =>
        Environment.GetEnvironmentVariable("CORPUS_REQUIRE_ALL") is "1" or "true";

    public static string Ffmpeg() => Program("ffmpeg", "the ffmpeg program (Debian package ffmpeg)");

    public static string Sox() => Program("sox", "the sox program (Debian package sox)");

    public static string EspeakNg() => Program("espeak-ng", "the espeak-ng program (Debian package espeak-ng)");

    public static string Chromium() => Program("chromium", "Chromium (Debian package chromium)");

    /// <summary>The PostgreSQL connection string from CORPUS_TEST_POSTGRES.</summary>
    public static string Postgres()
    {
        var cs = Environment.GetEnvironmentVariable("CORPUS_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(cs)) return cs;
        Missing("PostgreSQL (set CORPUS_TEST_POSTGRES to a connection string)");
        return "";
    }

    public static string Program(string name, string description)
    {
        var path = FindOnPath(name);
        if (path is null) Missing(description);
        return path!;
    }

    public static string? FindOnPath(string name)
    {
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        foreach (var dir in paths)
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Skips the test for want of <paramref name="what"/>, or fails it when CORPUS_REQUIRE_ALL is set.</summary>
    public static void Missing(string what)
    {
        var message = $"This test needs {what}, which is not available.";
        if (AllRequired) Assert.Fail(message + " CORPUS_REQUIRE_ALL is set, so this is a failure.");
        Assert.Ignore(message);
    }
}
