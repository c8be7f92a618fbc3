using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Corpus.Data.Moving;

/// <summary>Typed reads, writes and comparisons of one row's columns, without boxing every value.</summary>
internal static class RowValues
{
    public static void Write(DbDataReader source, IReadOnlyList<MovedColumn> columns, NpgsqlBinaryImporter target)
    {
        target.StartRow();
        for (var i = 0; i < columns.Count; i++)
        {
            if (source.IsDBNull(i))
            {
                target.WriteNull();
                continue;
            }
            switch (columns[i].Type)
            {
                case ColumnType.Text:
                    target.Write(source.GetString(i), NpgsqlDbType.Text);
                    break;
                case ColumnType.Integer:
                    target.Write(source.GetInt64(i), NpgsqlDbType.Bigint);
                    break;
                case ColumnType.Real:
                    target.Write(source.GetDouble(i), NpgsqlDbType.Double);
                    break;
                case ColumnType.Bytes:
                    target.Write(source.GetFieldValue<byte[]>(i), NpgsqlDbType.Bytea);
                    break;
                default:
                    throw new InvalidOperationException($"No mapping for {columns[i].Type}.");
            }
        }
    }

    /// <summary>The name of the first column whose value differs between the two rows, or null when they are equal.</summary>
    public static string? FirstDifference(DbDataReader a, DbDataReader b, IReadOnlyList<MovedColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var aNull = a.IsDBNull(i);
            if (aNull != b.IsDBNull(i)) return columns[i].Name;
            if (aNull) continue;
            var equal = columns[i].Type switch
            {
                ColumnType.Text => string.Equals(a.GetString(i), b.GetString(i), StringComparison.Ordinal),
                ColumnType.Integer => a.GetInt64(i) == b.GetInt64(i),
                ColumnType.Real => a.GetDouble(i).Equals(b.GetDouble(i)),
                ColumnType.Bytes => a.GetFieldValue<byte[]>(i).AsSpan().SequenceEqual(b.GetFieldValue<byte[]>(i)),
                _ => false,
            };
            if (!equal) return columns[i].Name;
        }
        return null;
    }

    public static string[] Key(DbDataReader reader, MovedTable step)
    {
        var indexes = step.KeyIndexes;
        var key = new string[indexes.Length];
        for (var i = 0; i < key.Length; i++) key[i] = reader.GetString(indexes[i]);
        return key;
    }

    public static bool HasKey(DbDataReader reader, MovedTable step, string[] key)
    {
        var indexes = step.KeyIndexes;
        for (var i = 0; i < key.Length; i++)
        {
            if (!string.Equals(reader.GetString(indexes[i]), key[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public static string Describe(string[] key) => string.Join(" / ", key);
}
