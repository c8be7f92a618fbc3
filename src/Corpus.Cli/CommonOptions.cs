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
}
