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
        var database = CommonOptions.Database();
        var blobs = CommonOptions.Blobs();
        var s3Endpoint = CommonOptions.S3Endpoint();
        var command = new Command("serve", "Run the HTTP service (embedded SQLite + local blob folder by default).") { data, urls, database, blobs, s3Endpoint };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = CommonOptions.StorageSettings(parse, data, database, blobs, s3Endpoint);
            settings["urls"] = parse.GetValue(urls);
            var app = CorpusApp.Build([], settings);
            await CorpusApp.RunAsync(app, cancellationToken);
            return 0;
        });
        return command;
    }
}
