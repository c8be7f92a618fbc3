using System.CommandLine;
using Corpus.Server.Hosting;

namespace Corpus.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var urls = new Option<string>("--urls")
        {
            Description = "Address(es) to listen on, separated by ';'.",
            DefaultValueFactory = _ => CorpusApp.DefaultUrl,
        };
        var command = new Command("serve", "Run the HTTP service (embedded SQLite + local blob folder by default).") { data, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["urls"] = parse.GetValue(urls),
                ["Corpus:DataDirectory"] = Path.GetFullPath(parse.GetValue(data)!),
            };
            var app = CorpusApp.Build([], settings);
            await CorpusApp.RunAsync(app, cancellationToken);
            return 0;
        });
        return command;
    }
}
