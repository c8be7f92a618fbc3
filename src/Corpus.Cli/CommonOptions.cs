using System.CommandLine;

namespace Corpus.Cli;

/// <summary>Options several verbs share.</summary>
internal static class CommonOptions
{
    public static Option<string> Data() => new("--data")
    {
        Description = "Data directory of the embedded install (SQLite file, blobs, admin token).",
        DefaultValueFactory = _ => "./corpus-data",
    };

    public static Option<string?> Database() => new("--db")
    {
        Description = "PostgreSQL connection string (\"Host=...;Database=...;Username=...;Password=...\") or SQLite file; default DIR/corpus.db.",
    };

    public static Option<string?> Blobs() => new("--blobs") { Description = "Blob store: a folder or s3://bucket/prefix; default DIR/blobs." };

    public static Option<string?> S3Endpoint() => new("--s3-endpoint") { Description = "Endpoint of an S3-compatible server, e.g. http://127.0.0.1:9000." };

    /// <summary>The configuration keys the storage options stand for, as a settings dictionary.</summary>
    public static Dictionary<string, string?> StorageSettings(ParseResult parse, Option<string> data, Option<string?> database, Option<string?> blobs, Option<string?> s3Endpoint)
    {
        var settings = new Dictionary<string, string?> { ["Corpus:DataDirectory"] = Path.GetFullPath(parse.GetValue(data)!) };
        if (parse.GetValue(database) is { } db) settings["Corpus:Database"] = db;
        if (parse.GetValue(blobs) is { } blobLocation) settings["Corpus:Blobs"] = blobLocation;
        if (parse.GetValue(s3Endpoint) is { } endpoint) settings["Corpus:S3:Endpoint"] = endpoint;
        return settings;
    }
}
