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
        var database = new Option<string?>("--db")
        {
            Description = "PostgreSQL connection string (\"Host=...;Database=...;Username=...;Password=...\") or SQLite file; default DIR/corpus.db.",
        };
        var blobs = new Option<string?>("--blobs") { Description = "Blob store: a folder or s3://bucket/prefix; default DIR/blobs." };
        var s3Endpoint = new Option<string?>("--s3-endpoint") { Description = "Endpoint of an S3-compatible server, e.g. http://127.0.0.1:9000." };
        var command = new Command("serve", "Run the HTTP service (embedded SQLite + local blob folder by default).") { data, urls, database, blobs, s3Endpoint };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["urls"] = parse.GetValue(urls),
                ["Corpus:DataDirectory"] = Path.GetFullPath(parse.GetValue(data)!),
            };
            if (parse.GetValue(database) is { } db) settings["Corpus:Database"] = db;
            if (parse.GetValue(blobs) is { } blobLocation) settings["Corpus:Blobs"] = blobLocation;
            if (parse.GetValue(s3Endpoint) is { } endpoint) settings["Corpus:S3:Endpoint"] = endpoint;
            var app = CorpusApp.Build([], settings);
            await CorpusApp.RunAsync(app, cancellationToken);
            return 0;
        });
        return command;
    }
}
