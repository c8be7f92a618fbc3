using System.Text.Encodings.Web;
using System.Text.Json;

namespace Corpus.Core.Export;

/// <summary>How manifest.json is written and read: web (camelCase) names, indented, real UTF-8 characters.</summary>
public static class ReleaseJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
