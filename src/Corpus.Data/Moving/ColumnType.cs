namespace Corpus.Data.Moving;

/// <summary>How a column's values travel from SQLite to PostgreSQL.</summary>
public enum ColumnType
{
    /// <summary>TEXT on both sides.</summary>
    Text,

    /// <summary>SQLite INTEGER (64-bit, also 0/1 flags) to BIGINT.</summary>
    Integer,

    /// <summary>SQLite REAL to DOUBLE PRECISION.</summary>
    Real,

    /// <summary>SQLite BLOB to BYTEA.</summary>
    Bytes,
}
