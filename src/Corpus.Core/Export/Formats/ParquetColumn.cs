using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Corpus.Core.Export.Formats;

/// <summary>One column of a release Parquet file: its schema, its Hugging Face feature and how to fill it.</summary>
internal abstract class ParquetColumn<TRow>
{
    public abstract Field Field { get; }

    /// <summary>Writes the column's feature object for the "huggingface" file metadata.</summary>
    public abstract void WriteFeature(Utf8JsonWriter json);

    public abstract Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken ct);
}
