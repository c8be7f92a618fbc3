using Parquet;
using Parquet.Schema;

namespace Corpus.Core.Tests.Export.Formats;

/// <summary>Reads whole columns of a Parquet file back, across all its row groups.</summary>
internal sealed class ParquetTestFile : IAsyncDisposable
{
    private ParquetTestFile(ParquetReader reader) => Reader = reader;

    public ParquetReader Reader { get; }

    public static async Task<ParquetTestFile> OpenAsync(byte[] bytes) =>
        new(await ParquetReader.CreateAsync(new MemoryStream(bytes)));

    public DataField Field(string path) =>
        Reader.Schema.GetDataFields().Single(f => f.Path.ToString() == path);

    public Task<string?[]> StringsAsync(string path) =>
        ReadAsync<string?>(path, (group, field, values) => group.ReadAsync(field, values));

    public Task<byte[]?[]> BytesAsync(string path) =>
        ReadAsync<byte[]?>(path, (group, field, values) => group.ReadAsync(field, values));

    public Task<T[]> ValuesAsync<T>(string path) where T : struct =>
        ReadAsync<T>(path, (group, field, values) => group.ReadAsync(field, values));

    public Task<T?[]> NullableValuesAsync<T>(string path) where T : struct =>
        ReadAsync<T?>(path, (group, field, values) => group.ReadAsync(field, values));

    public ValueTask DisposeAsync() => Reader.DisposeAsync();

    private async Task<T[]> ReadAsync<T>(string path, Func<ParquetRowGroupReader, DataField, Memory<T>, ValueTask> read)
    {
        var field = Field(path);
        var all = new List<T>();
        for (var i = 0; i < Reader.RowGroupCount; i++)
        {
            using var group = Reader.OpenRowGroupReader(i);
            var values = new T[group.RowCount];
            await read(group, field, values);
            all.AddRange(values);
        }
        return [.. all];
    }
}
