namespace Corpus.Data.Storage;

/// <summary>The SQL databases the stores run on; SQL branches on this only where it must.</summary>
public enum SqlDialect
{
    Sqlite,
    Postgres,
}
