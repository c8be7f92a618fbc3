using System.CommandLine;
using Corpus.Cli;

var root = new RootCommand("Corpus: collect, clean, score and release Moroccan Darija text and speech.");
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}
return await root.Parse(args).InvokeAsync();
