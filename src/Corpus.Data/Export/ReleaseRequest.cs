namespace Corpus.Data.Export;

/// <summary>What to build: a version, where to write it, and optionally the cut-off, parent and licence.</summary>
/// <param name="Parent">The release to compare with; null means the latest release recorded, if any.</param>
/// <param name="CutOff">Items received after it are left out; null means now (or the recorded cut-off when rebuilding).</param>
public sealed record ReleaseRequest(string Version, string OutputDirectory, string? Parent = null, DateTimeOffset? CutOff = null,
    string? Licence = null, bool Tar = false);
