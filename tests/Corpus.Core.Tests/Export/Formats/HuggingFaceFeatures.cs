using System.Text.Json;
using Corpus.Core.Export.Formats;

namespace Corpus.Core.Tests.Export.Formats;

/// <summary>The <c>datasets</c> features a Parquet file declares in its "huggingface" metadata.</summary>
internal static class HuggingFaceFeatures
{
    public static Dictionary<string, JsonElement> Of(ParquetTestFile file)
    {
        Assert.That(file.Reader.CustomMetadata, Does.ContainKey(HuggingFaceMetadata.Key));
        using var json = JsonDocument.Parse(file.Reader.CustomMetadata[HuggingFaceMetadata.Key]);
        return json.RootElement.GetProperty("info").GetProperty("features").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    public static string? Dtype(JsonElement feature) =>
        feature.GetProperty("_type").GetString() == "Value" ? feature.GetProperty("dtype").GetString() : null;
}
