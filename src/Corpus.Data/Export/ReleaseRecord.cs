namespace Corpus.Data.Export;

/// <summary>One row of <c>releases</c>.</summary>
public sealed record ReleaseRecord(string Version, string Name, string? ParentVersion, string CutOff, string ManifestSha256, string CreatedAt);
