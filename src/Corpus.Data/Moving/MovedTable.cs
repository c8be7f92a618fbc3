namespace Corpus.Data.Moving;

/// <summary>
/// One step of a move: the rows of <see cref="Table"/> that match <see cref="Filter"/>, copied in the order of
/// <see cref="OrderBy"/>. The first <see cref="KeyLength"/> columns of that order are the resume key: a run
/// continues after the largest key already in the target, and a batch never ends inside one key's rows.
/// </summary>
public sealed record MovedTable(string Table, string Step, IReadOnlyList<MovedColumn> Columns, IReadOnlyList<string> OrderBy, int KeyLength, string? Filter = null)
{
    private int[]? _keyIndexes;

    public IReadOnlyList<string> Key => [.. OrderBy.Take(KeyLength)];

    /// <summary>Positions of the key columns in <see cref="Columns"/>.</summary>
    public int[] KeyIndexes => _keyIndexes ??= [.. Key.Select(IndexOf)];

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    /// <summary>The source rows after <c>@k0..@kN</c> (or all rows), in key order.</summary>
    public string SourceSelect(bool resume) =>
        $"SELECT {ColumnList} FROM {Table}{Where(resume ? KeyTuple() + " > " + ParameterTuple() : null)} ORDER BY {string.Join(", ", OrderBy)}";

    /// <summary>The source rows up to and including key <c>@k0..@kN</c>, in key order.</summary>
    public string SourceSelectUpTo() =>
        $"SELECT {ColumnList} FROM {Table}{Where(KeyTuple() + " <= " + ParameterTuple())} ORDER BY {string.Join(", ", OrderBy)}";

    /// <summary>
    /// Every target row of this step in the same order as the source: text compared byte by byte (COLLATE "C"),
    /// as SQLite's default BINARY collation does.
    /// </summary>
    public string TargetSelect() => $"SELECT {ColumnList} FROM {Table}{Where(null)} ORDER BY {TargetOrder(descending: false)}";

    public string TargetLastKey() => $"SELECT {string.Join(", ", Key)} FROM {Table}{Where(null)} ORDER BY {TargetOrder(descending: true, keyOnly: true)} LIMIT 1";

    public string CopyCommand => $"COPY {Table} ({ColumnList}) FROM STDIN (FORMAT BINARY)";

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column) return i;
        }
        throw new ArgumentException($"{Table} has no column {column}.", nameof(column));
    }

    private string Where(string? condition) => (Filter, condition) switch
    {
        (null, null) => "",
        (null, _) => $" WHERE {condition}",
        (_, null) => $" WHERE {Filter}",
        _ => $" WHERE {Filter} AND {condition}",
    };

    private string KeyTuple() => KeyLength == 1 ? Key[0] : $"({string.Join(", ", Key)})";

    private string ParameterTuple() =>
        KeyLength == 1 ? "@k0" : $"({string.Join(", ", Enumerable.Range(0, KeyLength).Select(i => $"@k{i}"))})";

    private string TargetOrder(bool descending, bool keyOnly = false) => string.Join(", ", (keyOnly ? Key : OrderBy).Select(column =>
        (Columns[IndexOf(column)].Type == ColumnType.Text ? $"{column} COLLATE \"C\"" : column) + (descending ? " DESC" : "")));
}
