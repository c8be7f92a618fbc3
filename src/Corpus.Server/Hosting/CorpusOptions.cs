using System.ComponentModel.DataAnnotations;

namespace Corpus.Server.Hosting;

/// <summary>Where the service keeps its data and the limits it enforces (configuration section "Corpus").</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>Folder for the SQLite file, blobs and the admin token.</summary>
    [Required]
    public string DataDirectory { get; set; } = "./corpus-data";

    /// <summary>Longest accepted text, in Unicode code points.</summary>
    [Range(1, 1_000_000)]
    public int MaxTextLength { get; set; } = 10_000;

    /// <summary>Largest accepted audio upload, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxAudioBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Largest accepted JSON request body, in bytes.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxJsonBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Longest accepted NDJSON line in a bulk import, in bytes.</summary>
    [Range(1024, int.MaxValue)]
    public int MaxBulkLineBytes { get; set; } = 1024 * 1024;

    /// <summary>The consent text version volunteers agree to; they must send it back.</summary>
    [Required]
    public string ConsentVersion { get; set; } = "2026-11";

    /// <summary>Where trained models (language identification) are cached; defaults to <c>models/</c> in the data directory.</summary>
    public string? ModelDirectory { get; set; }

    public string ModelPath => ModelDirectory ?? Corpus.Core.Quality.LanguageId.LanguageIdentifier.ModelDirectoryIn(DataDirectory);

    /// <summary>A PostgreSQL connection string (<c>Host=...;Database=...</c>) or a SQLite file path; default <c>corpus.db</c> in the data directory.</summary>
    public string? Database { get; set; }

    /// <summary>Where blobs live: a folder, or <c>s3://bucket/prefix</c>; default <c>blobs/</c> in the data directory.</summary>
    public string? Blobs { get; set; }

    /// <summary>The S3-compatible server for <c>s3://</c> blobs (endpoint, region, path style, keys).</summary>
    public S3Settings S3 { get; set; } = new();

    /// <summary>Folder the release directories are built into and served from; default <c>releases/</c> in the data directory.</summary>
    public string? Releases { get; set; }

    public string ReleasePath => Releases ?? Path.Combine(DataDirectory, "releases");

    public string DatabasePath => Database ?? Path.Combine(DataDirectory, "corpus.db");

    public string BlobDirectory => Blobs ?? Path.Combine(DataDirectory, "blobs");

    public string UploadDirectory => Path.Combine(DataDirectory, "uploads");

    public string AdminTokenPath => Path.Combine(DataDirectory, "admin-token");
}
