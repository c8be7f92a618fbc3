using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Corpus.Core.Export.Formats;

/// <summary>A UTF-8 string column (Hugging Face dtype <c>string</c>).</summary>
internal sealed class StringColumn<TRow>(string name, Func<TRow, string?> value, bool nullable) : ParquetColumn<TRow>
{
    private readonly DataField<string> _field = new(name, nullable);

    public override Field Field => _field;

    public override void WriteFeature(Utf8JsonWriter json) => HuggingFaceMetadata.WriteValue(json, "string");

    public override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        var values = new string?[rows.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = value(rows[i]) ?? (nullable ? null : throw new InvalidOperationException($"Column {name} cannot hold null."));
        return group.WriteAsync(_field, values);
    }
}
