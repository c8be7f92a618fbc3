using System.Diagnostics;
using System.Text.Json;

namespace Corpus.Testing;

/// <summary>
/// Reads Parquet files with hyparquet (JavaScript), an implementation independent of the writer's, through
/// .ci/read-parquet.mjs. Skipped without node and `npm ci --prefix .ci`; failed when CORPUS_REQUIRE_ALL is set.
/// </summary>
public static class ParquetReader
{
    public static JsonElement Read(string parquetPath)
    {
        var node = Requires.FindOnPath("node");
        var script = Path.Combine(TestPaths.RepositoryRoot, ".ci", "read-parquet.mjs");
        var installed = Directory.Exists(Path.Combine(TestPaths.RepositoryRoot, ".ci", "node_modules", "hyparquet"));
        if (node is null || !installed)
        {
            Requires.Missing(node is null
                ? "node, to read Parquet files with an independent reader (Debian package nodejs)"
                : "the hyparquet reader under .ci/node_modules (run `npm ci --prefix .ci`)");
        }
        var start = new ProcessStartInfo(node!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(parquetPath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), $"hyparquet could not read {parquetPath}: {errors.Result}");
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }
}
