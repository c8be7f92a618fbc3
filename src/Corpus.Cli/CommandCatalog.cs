using System.CommandLine;

namespace Corpus.Cli;

/// <summary>Every verb of the corpus executable; each lives in its own file.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ServeCommand.Create();
        yield return TokensCommand.Create();
        yield return ProcessCommand.Create();
        yield return ProcessCommand.CreateRescore();
        yield return NormalizeCommand.Create();
        yield return LangIdCommand.Create();
        yield return AudioCommand.Create();
        yield return MigrateCommand.Create();
        yield return ReleaseCommand.Create();
    }
}
