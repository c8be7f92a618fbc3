using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Core.Quality.LanguageId;

/// <summary>
/// The labelled sentences the language model is trained from: one file per label
/// (<c>ary-Arab.txt</c>, ..., one sentence a line), read from a folder or from the copies built into this library.
/// </summary>
public sealed class LanguageSeedSet
{
    private const string ResourcePrefix = "Corpus.Core.Quality.LanguageId.Seeds.";

    private LanguageSeedSet(IReadOnlyList<LanguageSeed> seeds, string origin)
    {
        Seeds = seeds;
        Origin = origin;
        ContentHash = Hash(seeds);
    }

    public IReadOnlyList<LanguageSeed> Seeds { get; }

    /// <summary>Where the sentences came from (a folder, or "embedded").</summary>
    public string Origin { get; }

    /// <summary>SHA-256 of every label and sentence: a model trained from other sentences is stale.</summary>
    public string ContentHash { get; }

    /// <summary>Seeds from anywhere else, such as texts annotators confirmed; every label must be known.</summary>
    public static LanguageSeedSet From(IEnumerable<LanguageSeed> seeds, string origin)
    {
        var list = seeds.ToList();
        foreach (var seed in list) LanguageLabels.IndexOf(seed.Label);
        return new LanguageSeedSet(list, origin);
    }

    /// <summary>Reads <c>&lt;label&gt;.txt</c> for every label; a missing file is an error.</summary>
    public static LanguageSeedSet FromDirectory(string directory)
    {
        var seeds = new List<LanguageSeed>();
        foreach (var label in LanguageLabels.All)
        {
            var path = Path.Combine(directory, label + ".txt");
            if (!File.Exists(path)) throw new FileNotFoundException($"Seed file for '{label}' is missing.", path);
            AddLines(label, File.ReadAllText(path, Encoding.UTF8), seeds);
        }
        return new LanguageSeedSet(seeds, Path.GetFullPath(directory));
    }

    /// <summary>
    /// The seeds in the given folder; without one, <c>samples/langid</c> of the repository holding this
    /// program when there is one (so edited seeds are used), else the built-in copies.
    /// </summary>
    public static LanguageSeedSet Locate(string? directory = null)
    {
        if (directory is not null) return FromDirectory(directory);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "langid");
            if (File.Exists(Path.Combine(candidate, LanguageLabels.DarijaArabic + ".txt"))) return FromDirectory(candidate);
        }
        return Embedded();
    }

    /// <summary>The seed sentences compiled into Corpus.Core, so an installed binary can train without the repository.</summary>
    public static LanguageSeedSet Embedded()
    {
        var assembly = typeof(LanguageSeedSet).Assembly;
        var seeds = new List<LanguageSeed>();
        foreach (var label in LanguageLabels.All)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + label + ".txt")
                ?? throw new InvalidOperationException($"Embedded seed file for '{label}' is missing from {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            AddLines(label, reader.ReadToEnd(), seeds);
        }
        return new LanguageSeedSet(seeds, "embedded");
    }

    private static void AddLines(string label, string content, List<LanguageSeed> seeds)
    {
        foreach (var line in content.Split('\n'))
        {
            var text = line.Trim();
            if (text.Length > 0) seeds.Add(new LanguageSeed(label, text));
        }
    }

    private static string Hash(IReadOnlyList<LanguageSeed> seeds)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var seed in seeds)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(seed.Label + "\t" + seed.Text + "\n"));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
