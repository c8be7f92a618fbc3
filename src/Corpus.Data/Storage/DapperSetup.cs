using Dapper;

namespace Corpus.Data.Storage;

/// <summary>Dapper settings shared by every store; applied once per process.</summary>
internal static class DapperSetup
{
    private static int _done;

    public static void EnsureConfigured()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1) return;
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }
}
