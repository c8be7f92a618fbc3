using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Corpus.Testing;

/// <summary>
/// Guards for tests that need a network service on 127.0.0.1, in the manner of <see cref="Requires"/>:
/// skipped with the reason when the service cannot be had, failed when CORPUS_REQUIRE_ALL is set.
/// </summary>
public static partial class TestServices
{
    /// <summary>An S3-compatible endpoint for tests, with the credentials and bucket to use on it.</summary>
    public sealed record S3Endpoint(Uri ServiceUrl, string AccessKey, string SecretKey, string Bucket);

    // s3rver's built-in account.
    private const string S3rverKey = "S3RVER";
    private static readonly Lazy<S3Endpoint?> LocalS3 = new(StartLocalS3rver);
    private static string? _localS3Failure;

    /// <summary>
    /// CORPUS_TEST_S3_ENDPOINT (with CORPUS_TEST_S3_ACCESS_KEY, CORPUS_TEST_S3_SECRET_KEY, CORPUS_TEST_S3_BUCKET)
    /// when set; otherwise an s3rver started once for this test run from .ci/node_modules (`npm ci --prefix .ci`).
    /// </summary>
    public static S3Endpoint S3()
    {
        var endpoint = Environment.GetEnvironmentVariable("CORPUS_TEST_S3_ENDPOINT");
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            return new S3Endpoint(new Uri(endpoint),
                Environment.GetEnvironmentVariable("CORPUS_TEST_S3_ACCESS_KEY") ?? S3rverKey,
                Environment.GetEnvironmentVariable("CORPUS_TEST_S3_SECRET_KEY") ?? S3rverKey,
                Environment.GetEnvironmentVariable("CORPUS_TEST_S3_BUCKET") ?? "corpus-test");
        }
        if (LocalS3.Value is { } local) return local;
        Requires.Missing($"an S3-compatible server (set CORPUS_TEST_S3_ENDPOINT, or run `npm ci --prefix .ci` so s3rver can be started): {_localS3Failure}");
        return null!;
    }

    private static S3Endpoint? StartLocalS3rver()
    {
        var script = Path.Combine(TestPaths.RepositoryRoot, ".ci", "node_modules", "s3rver", "bin", "s3rver.js");
        var node = Requires.FindOnPath("node");
        if (node is null || !File.Exists(script))
        {
            _localS3Failure = node is null ? "node is not on PATH" : "s3rver is not installed under .ci/node_modules";
            return null;
        }
        var dataDirectory = TestPaths.NewTempDirectory("corpus-s3rver");
        var start = new ProcessStartInfo(node)
        {
            ArgumentList = { script, "--directory", dataDirectory, "--address", "127.0.0.1", "--port", "0", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process, dataDirectory);
        var listening = ListeningLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var read = process.StandardOutput.ReadLineAsync();
            if (!read.Wait(deadline - DateTime.UtcNow) || read.Result is null) break;
            var match = listening.Match(read.Result);
            if (!match.Success) continue;
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
            return new S3Endpoint(new Uri($"http://127.0.0.1:{match.Groups[1].Value}"), S3rverKey, S3rverKey, "corpus-test");
        }
        _localS3Failure = "s3rver did not report a listening port within 30 s: " + (process.HasExited ? process.StandardError.ReadToEnd() : "");
        Stop(process, dataDirectory);
        return null;
    }

    private static void Stop(Process process, string dataDirectory)
    {
        try
        {
            if (!process.HasExited) process.Kill();
            process.WaitForExit(5000);
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"listening on [^\s:]+:(\d+)")]
    private static partial Regex ListeningLine();
}
