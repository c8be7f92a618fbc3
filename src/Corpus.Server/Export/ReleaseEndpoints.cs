using System.Text.Json;
using Corpus.Core.Export;
using Corpus.Data.Export;
using Corpus.Core.Ingestion;
using Corpus.Data.Storage;
using Corpus.Server.Auth;
using Corpus.Server.Hosting;
using Corpus.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Corpus.Server.Export;

/// <summary>
/// Releases for researchers: the list, and every file of a release this server holds, by the paths its
/// manifest lists (range requests allowed, ETag = the file's SHA-256), plus the .tar when one was built.
/// </summary>
internal static class ReleaseEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new()
    {
        Mappings = { [".jsonl"] = "application/jsonl", [".parquet"] = "application/vnd.apache.parquet", [".tsv"] = "text/tab-separated-values", [".md"] = "text/markdown" },
    };

    public static IEndpointRouteBuilder MapReleaseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/releases").WithTags("Releases").RequireRoles(Roles.Researcher, Roles.Admin);
        group.MapGet("/", List).WithName("ListReleases");
        group.MapGet("/{version}/files/{**path}", GetFile).WithName("GetReleaseFile");
        group.MapGet("/{version}/tar", GetTar).WithName("GetReleaseTar");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ReleaseView>>> List(ReleaseStore releases, IOptions<CorpusOptions> options, CancellationToken cancellationToken)
    {
        var root = options.Value.ReleasePath;
        IReadOnlyList<ReleaseView> views = [.. (await releases.ListAsync(cancellationToken)).Select(r => new ReleaseView(
            r.Version, r.Name, r.ParentVersion, r.CutOff, r.ManifestSha256, DbTime.Parse(r.CreatedAt),
            Directory.Exists(Path.Combine(root, r.Name)),
            $"/api/v1/releases/{r.Version}/files/{ReleaseVerifier.ManifestFile}",
            File.Exists(Path.Combine(root, r.Name + ".tar")) ? $"/api/v1/releases/{r.Version}/tar" : null))];
        return TypedResults.Ok(views);
    }

    public static async Task<IResult> GetFile(string version, string path, ReleaseStore releases, IOptions<CorpusOptions> options, CancellationToken cancellationToken)
    {
        var release = await releases.FindAsync(version, cancellationToken);
        if (release is null) return ApiProblems.Field(404, "version", "no release with this version");
        var directory = Path.Combine(options.Value.ReleasePath, release.Name);
        var manifestPath = Path.Combine(directory, ReleaseVerifier.ManifestFile);
        if (!File.Exists(manifestPath)) return ApiProblems.Field(404, "version", "this release's files are not on this server");
        if (path == ReleaseVerifier.ManifestFile) return ServeFile(manifestPath, release.ManifestSha256);

        await using var stream = File.OpenRead(manifestPath);
        var manifest = await JsonSerializer.DeserializeAsync<ReleaseManifest>(stream, ReleaseJson.Options, cancellationToken);
        // Only paths the manifest lists are served, which also keeps requests inside the release directory.
        var file = manifest?.Files.FirstOrDefault(f => f.Path == path);
        if (file is null) return ApiProblems.Field(404, "path", "the release's manifest lists no file with this path");
        return ServeFile(Path.Combine(directory, file.Path), file.Sha256);
    }

    public static async Task<IResult> GetTar(string version, ReleaseStore releases, IOptions<CorpusOptions> options, CancellationToken cancellationToken)
    {
        var release = await releases.FindAsync(version, cancellationToken);
        if (release is null) return ApiProblems.Field(404, "version", "no release with this version");
        var tar = Path.Combine(options.Value.ReleasePath, release.Name + ".tar");
        if (!File.Exists(tar)) return ApiProblems.Field(404, "version", "no .tar of this release on this server (build it with --tar)");
        return TypedResults.PhysicalFile(tar, "application/x-tar", release.Name + ".tar", enableRangeProcessing: true);
    }

    private static IResult ServeFile(string fullPath, string sha256)
    {
        if (!ContentTypes.TryGetContentType(fullPath, out var contentType)) contentType = "application/octet-stream";
        return TypedResults.PhysicalFile(fullPath, contentType, Path.GetFileName(fullPath),
            entityTag: new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
    }
}
