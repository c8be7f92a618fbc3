using Corpus.IntegrationTests.Cli;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Export;

/// <summary>Runs <c>corpus release ...</c> against a test server's database and blob folder.</summary>
internal static class ReleaseCli
{
    public static Task<(int ExitCode, string Output, string Errors)> BuildAsync(TestServer server, string version, string output, params string[] extra) =>
        CorpusCommand.RunAsync(server.Database, ["release", "build", "--data", server.DataDirectory, "--version", version, "--out", output, .. extra]);

    public static Task<(int ExitCode, string Output, string Errors)> VerifyAsync(string path) =>
        CorpusCommand.RunAsync(null, "release", "verify", path);

    public static string Directory(string output, string version) => Path.Combine(output, "darija-corpus-" + version);
}
