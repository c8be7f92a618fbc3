using System.CommandLine;
using Corpus.Server.Hosting;
using Corpus.Server.Processing;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.Cli;

/// <summary><c>corpus process</c> and <c>corpus rescore</c>: the pipeline offline, with progress and a summary.</summary>
internal static class ProcessCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var command = new Command("process", "Normalize, measure and score every received item, then print a summary.") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await OpenAsync(parse.GetValue(data)!, cancellationToken);
            var summary = await services.GetRequiredService<ProcessingRunner>().RunUntilEmptyAsync(new ProgressLine("processed"), cancellationToken);
            return Report(summary);
        });
        return command;
    }

    public static Command CreateRescore()
    {
        var data = CommonOptions.Data();
        var command = new Command("rescore", "Re-run the current pipeline over items scored by an older one, keeping the old results.") { data };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = await OpenAsync(parse.GetValue(data)!, cancellationToken);
            var summary = await services.GetRequiredService<Rescorer>().RunAsync(new ProgressLine("rescored"), cancellationToken);
            return Report(summary);
        });
        return command;
    }

    private static async Task<ServiceProvider> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var services = CliServices.Build(new Dictionary<string, string?> { ["Corpus:DataDirectory"] = Path.GetFullPath(dataDirectory) });
        await Bootstrap.MigrateAsync(services, cancellationToken);
        return services;
    }

    private static int Report(ProcessingSummary summary)
    {
        Console.Error.WriteLine();
        var states = summary.ByState.Count == 0 ? "nothing to do" : string.Join(", ", summary.ByState.OrderBy(s => s.Key).Select(s => $"{s.Value} {s.Key}"));
        Console.WriteLine($"{summary.Processed} items: {states}; {summary.Failed} failed");
        return summary.Failed > 0 ? 1 : 0;
    }

    /// <summary>A one-line progress display on stderr, rewritten in place.</summary>
    private sealed class ProgressLine(string verb) : IProgress<ProcessingSummary>
    {
        public void Report(ProcessingSummary value)
        {
            if (Console.IsErrorRedirected) return;
            Console.Error.Write($"\r{value.Processed} items {verb}, {value.Failed} failed   ");
        }
    }
}
