using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Corpus.Core.Export.Formats;

/// <summary>An optional numeric column; a null row stays null.</summary>
internal sealed class NullableValueColumn<TRow, TValue>(string name, Func<TRow, TValue?> value) : ParquetColumn<TRow>
    where TValue : struct
{
    private readonly DataField<TValue> _field = new(name, nullable: true);

    public override Field Field => _field;

    public override void WriteFeature(Utf8JsonWriter json) =>
        HuggingFaceMetadata.WriteValue(json, HuggingFaceMetadata.DtypeOf<TValue>());

    public override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        var values = new TValue?[rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = value(rows[i]);
        return group.WriteAsync(_field, new ReadOnlyMemory<TValue?>(values), cancellationToken: ct);
    }
}
