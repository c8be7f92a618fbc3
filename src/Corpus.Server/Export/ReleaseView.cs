namespace Corpus.Server.Export;

/// <summary>A release as listed to researchers, with where to download it from this server.</summary>
public sealed record ReleaseView(
    string Version,
    string Name,
    string? ParentVersion,
    string CutOff,
    string ManifestSha256,
    DateTimeOffset CreatedAt,
    bool Available,
    string ManifestUrl,
    string? TarUrl);
