namespace Corpus.Core.Export;

/// <summary>manifest.json of a release; its JSON schema is schemas/release-manifest.schema.json.</summary>
public sealed record ReleaseManifest
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    /// <summary>Directory name: <c>darija-corpus-{Version}</c>.</summary>
    public required string Name { get; init; }
    /// <summary>Semantic version, e.g. <c>1.2.0</c>.</summary>
    public required string Version { get; init; }
    public string? ParentVersion { get; init; }
    /// <summary>Items received after this instant (UTC, ISO 8601) are not in the release.</summary>
    public required string CutOff { get; init; }
    public required IReadOnlyDictionary<string, SplitCounts> Splits { get; init; }
    public required SplitCounts Totals { get; init; }
    /// <summary>Every normalizer, scorer and pipeline version that made a result in the release.</summary>
    public required IReadOnlyList<string> PipelineVersions { get; init; }
    public required ReleaseFilters Filters { get; init; }
    /// <summary>Every file of the release except manifest.json, sorted by path.</summary>
    public required IReadOnlyList<ReleaseFile> Files { get; init; }
}

/// <summary>Counts for one split (or all of them).</summary>
public sealed record SplitCounts(int Texts, int Clips, double Hours, int Speakers, int SourceGroups);

/// <summary>Which items a release takes.</summary>
public sealed record ReleaseFilters(IReadOnlyList<string> States, bool ExcludeWithdrawn, IReadOnlyList<string> Kinds, string SplitRule);

/// <summary>One file of a release with its checksum; paths use forward slashes.</summary>
public sealed record ReleaseFile(string Path, string Sha256, long Size);
