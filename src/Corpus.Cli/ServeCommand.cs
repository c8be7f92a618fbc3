using System.CommandLine;

namespace Corpus.Cli;

internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Run the HTTP service on the embedded defaults.");
        command.SetAction((_, _) => Task.FromResult(0));
        return command;
    }
}
