using Parquet;
using Parquet.Schema;

namespace Corpus.Core.Export.Formats;

/// <summary>A release Parquet file being written one row group at a time, so memory holds one group.</summary>
internal sealed class ReleaseParquetFile<TRow> : IAsyncDisposable
{
    private readonly ParquetWriter _writer;
    private readonly IReadOnlyList<ParquetColumn<TRow>> _columns;

    private ReleaseParquetFile(ParquetWriter writer, IReadOnlyList<ParquetColumn<TRow>> columns)
    {
        _writer = writer;
        _columns = columns;
    }

    public static async Task<ReleaseParquetFile<TRow>> CreateAsync(
        Stream output, IReadOnlyList<ParquetColumn<TRow>> columns, CancellationToken ct)
    {
        var schema = new ParquetSchema(columns.Select(c => c.Field));
        // Pinned rather than left to the library default, so an upgrade cannot silently change the bytes.
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var writer = await ParquetWriter.CreateAsync(schema, output, options, append: false, ct);
        writer.CustomMetadata = HuggingFaceMetadata.For(columns);
        return new ReleaseParquetFile<TRow>(writer, columns);
    }

    public async Task WriteRowGroupAsync(IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        using var group = _writer.CreateRowGroup();
        foreach (var column in _columns) await column.WriteAsync(group, rows, ct);
        group.CompleteValidate();
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
