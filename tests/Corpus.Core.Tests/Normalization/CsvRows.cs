using System.Text;

namespace Corpus.Core.Tests.Normalization;

/// <summary>Reads a CSV file with a header row, honouring double-quoted fields (RFC 4180).</summary>
internal static class CsvRows
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        string[]? header = null;
        while (ReadRecord(reader) is { } fields)
        {
            if (header is null)
            {
                header = fields;
                continue;
            }
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) row[header[i]] = i < fields.Length ? fields[i] : "";
            yield return row;
        }
    }

    private static string[]? ReadRecord(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            any = true;
            var c = (char)next;
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') break;
            else if (c != '\r') field.Append(c);
        }
        if (!any) return null;
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
