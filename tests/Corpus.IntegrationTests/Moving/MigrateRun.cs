using System.Diagnostics;

namespace Corpus.IntegrationTests.Moving;

/// <summary>Runs the built <c>corpus migrate</c> as its own process, with the target's S3 keys in its environment.</summary>
internal static class MigrateRun
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";
    }

    public static async Task<Result> RunAsync(MoveTarget target, EmbeddedInstall source, bool toBucket, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "corpus.dll"));
        foreach (var argument in new[] { "migrate", "--data", source.Directory, "--to-db", target.ConnectionString }) start.ArgumentList.Add(argument);
        if (toBucket)
        {
            foreach (var argument in new[] { "--to-blobs", target.BlobLocation, "--s3-endpoint", target.S3.ServiceUrl.ToString() }) start.ArgumentList.Add(argument);
            start.Environment["Corpus__S3__AccessKey"] = target.S3.AccessKey;
            start.Environment["Corpus__S3__SecretKey"] = target.S3.SecretKey;
        }
        foreach (var argument in extra) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await errors);
    }
}
