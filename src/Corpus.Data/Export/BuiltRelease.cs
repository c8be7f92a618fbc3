using Corpus.Core.Export;

namespace Corpus.Data.Export;

/// <summary>A release written to disk: where, its manifest, and whether it reproduced one recorded before.</summary>
public sealed record BuiltRelease(string Directory, string? TarPath, ReleaseManifest Manifest, string ManifestSha256, bool Reproduced);
