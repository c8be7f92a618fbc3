using System.Reflection;
using System.Text.RegularExpressions;

namespace Corpus.Data.Storage;

/// <summary>The migration scripts embedded in this assembly, per dialect, in order.</summary>
public static partial class MigrationCatalog
{
    public static IReadOnlyList<Migration> For(SqlDialect dialect)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"Migrations/{dialect}/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var normalized = resource.Replace('\\', '/');
            if (!normalized.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var fileName = normalized[prefix.Length..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success) throw new InvalidOperationException($"Migration {fileName} is not named NNNN_name.sql.");
            migrations.Add(new Migration(int.Parse(match.Groups[1].Value), match.Groups[2].Value, Read(assembly, resource)));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"{dialect} migrations are not numbered 1..N without gaps.");
        }
        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
