using System.Diagnostics;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Cli;

/// <summary>Runs the built <c>corpus</c> executable and captures what it prints.</summary>
public static class CorpusCommand
{
    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(TestDatabase? database, params string[] arguments) =>
        RunAsync(database, new Dictionary<string, string>(), arguments);

    /// <summary>Runs it with extra environment variables (configuration keys such as Corpus__S3__AccessKey).</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(TestDatabase? database, IReadOnlyDictionary<string, string> environment,
        params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corpus.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Corpus__ModelDirectory"] = TestServer.SharedModelDirectory;
        if (database?.ConnectionString is { } connectionString) start.Environment["Corpus__Database"] = connectionString;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
