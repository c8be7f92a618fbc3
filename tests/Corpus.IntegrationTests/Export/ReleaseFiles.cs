using System.Text.Json;

namespace Corpus.IntegrationTests.Export;

/// <summary>Reads a built release directory the way a researcher's script would.</summary>
internal sealed class ReleaseFiles(string directory)
{
    public string Directory { get; } = directory;

    public JsonElement Manifest => JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "manifest.json"))).RootElement;

    /// <summary>Every text row of every split, as parsed JSON objects.</summary>
    public IReadOnlyList<JsonElement> TextRows() =>
    [
        .. new[] { "train", "dev", "test" }
            .Select(split => Path.Combine(Directory, "text", split + ".jsonl"))
            .Where(File.Exists)
            .SelectMany(File.ReadAllLines)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement),
    ];

    /// <summary>Every clip row of every split's Common Voice TSV, as column → value, with its split.</summary>
    public IReadOnlyList<Dictionary<string, string>> ClipRows()
    {
        var rows = new List<Dictionary<string, string>>();
        foreach (var split in new[] { "train", "dev", "test" })
        {
            var path = Path.Combine(Directory, "audio", split + ".tsv");
            if (!File.Exists(path)) continue;
            var lines = File.ReadAllLines(path);
            var header = lines[0].Split('\t');
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var values = line.Split('\t');
                var row = header.Zip(values).ToDictionary(p => p.First, p => p.Second);
                row["split"] = split;
                rows.Add(row);
            }
        }
        return rows;
    }

    public static string IdOfClip(Dictionary<string, string> row) => Path.GetFileNameWithoutExtension(row["path"]);
}
