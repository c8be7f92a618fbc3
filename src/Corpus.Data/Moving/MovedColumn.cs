namespace Corpus.Data.Moving;

/// <summary>One column copied by name, with how its values are mapped.</summary>
public sealed record MovedColumn(string Name, ColumnType Type)
{
    public static MovedColumn Text(string name) => new(name, ColumnType.Text);

    public static MovedColumn Integer(string name) => new(name, ColumnType.Integer);

    public static MovedColumn Real(string name) => new(name, ColumnType.Real);

    public static MovedColumn Bytes(string name) => new(name, ColumnType.Bytes);
}
