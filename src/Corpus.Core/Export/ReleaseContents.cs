namespace Corpus.Core.Export;

/// <summary>Everything a release holds, handed to the writers of its files.</summary>
public sealed record ReleaseContents
{
    /// <summary>Dataset name without version: <c>darija-corpus</c>.</summary>
    public required string DatasetName { get; init; }
    public required string Version { get; init; }
    public string? ParentVersion { get; init; }
    public required DateTimeOffset CutOff { get; init; }
    /// <summary>Sorted by split then id.</summary>
    public required IReadOnlyList<ReleaseTextRow> Texts { get; init; }
    /// <summary>Sorted by split then id.</summary>
    public required IReadOnlyList<ReleaseClipRow> Clips { get; init; }
    public required IReadOnlyList<string> PipelineVersions { get; init; }
    /// <summary>Licences found on the items (distinct, sorted); the dataset's own licence is DatasetLicence.</summary>
    public required IReadOnlyList<string> ItemLicences { get; init; }
    /// <summary>SPDX-style identifier written in the card's front matter, e.g. <c>cc-by-4.0</c>.</summary>
    public required string DatasetLicence { get; init; }
    public required ReleaseChanges Changes { get; init; }
}
