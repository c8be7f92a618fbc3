using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Corpus.Core.Export.Formats;

/// <summary>
/// The "huggingface" key-value metadata of a Parquet file: the <c>datasets</c> features, so the
/// library loads typed columns (and decodes audio) instead of guessing from the Arrow schema.
/// </summary>
internal static class HuggingFaceMetadata
{
    public const string Key = "huggingface";

    public static Dictionary<string, string> For<TRow>(IReadOnlyList<ParquetColumn<TRow>> columns)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("info");
            json.WriteStartObject("features");
            foreach (var column in columns)
            {
                json.WritePropertyName(column.Field.Name);
                column.WriteFeature(json);
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return new Dictionary<string, string> { [Key] = Encoding.UTF8.GetString(buffer.WrittenSpan) };
    }

    public static void WriteValue(Utf8JsonWriter json, string dtype)
    {
        json.WriteStartObject();
        json.WriteString("dtype", dtype);
        json.WriteString("_type", "Value");
        json.WriteEndObject();
    }

    public static string DtypeOf<TValue>() where TValue : struct =>
        typeof(TValue) == typeof(double) ? "float64"
        : typeof(TValue) == typeof(int) ? "int32"
        : typeof(TValue) == typeof(long) ? "int64"
        : throw new NotSupportedException($"No Hugging Face dtype is mapped for {typeof(TValue)}.");
}
