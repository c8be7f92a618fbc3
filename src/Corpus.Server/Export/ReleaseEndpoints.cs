using System.Text.Json;
using Corpus.Core.Export;
using Corpus.Data.Export;
using Corpus.Core.Ingestion;
using Corpus.Core.Storage;
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
/// Releases for researchers: the list, and every file of a release by the paths its manifest lists (ETag = the
/// file's SHA-256; from the local release folder with range requests, else from the blob store), plus the .tar
/// when one was built on this server.
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

    public static async Task<Ok<IReadOnlyList<ReleaseView>>> List(ReleaseStore releases, IBlobStore blobs, IOptions<CorpusOptions> options,
        CancellationToken cancellationToken)
    {
        var root = options.Value.ReleasePath;
        var views = new List<ReleaseView>();
        foreach (var r in await releases.ListAsync(cancellationToken))
        {
            var available = Directory.Exists(Path.Combine(root, r.Name)) || await blobs.ExistsAsync(r.ManifestSha256, cancellationToken);
            views.Add(new ReleaseView(r.Version, r.Name, r.ParentVersion, r.CutOff, r.ManifestSha256, DbTime.Parse(r.CreatedAt), available,
                $"/api/v1/releases/{r.Version}/files/{ReleaseVerifier.ManifestFile}",
                File.Exists(Path.Combine(root, r.Name + ".tar")) ? $"/api/v1/releases/{r.Version}/tar" : null));
        }
        return TypedResults.Ok<IReadOnlyList<ReleaseView>>(views);
    }

    /// <summary>
    /// A file of the release by the path its manifest lists: from this server's release folder when it has one
    /// (range requests allowed), otherwise from the blob store, where every built release is published.
    /// </summary>
    public static async Task<IResult> GetFile(string version, string path, ReleaseStore releases, IBlobStore blobs, IOptions<CorpusOptions> options,
        CancellationToken cancellationToken)
    {
        var release = await releases.FindAsync(version, cancellationToken);
        if (release is null) return ApiProblems.Field(404, "version", "no release with this version");
        var directory = Path.Combine(options.Value.ReleasePath, release.Name);
        var local = File.Exists(Path.Combine(directory, ReleaseVerifier.ManifestFile));
        if (path == ReleaseVerifier.ManifestFile)
            return local ? ServeFile(Path.Combine(directory, path), release.ManifestSha256) : await ServeBlobAsync(blobs, path, release.ManifestSha256, cancellationToken);

        ReleaseManifest? manifest;
        try
        {
            await using var stream = local ? File.OpenRead(Path.Combine(directory, ReleaseVerifier.ManifestFile))
                : await blobs.OpenReadAsync(release.ManifestSha256, cancellationToken);
            manifest = await JsonSerializer.DeserializeAsync<ReleaseManifest>(stream, ReleaseJson.Options, cancellationToken);
        }
        catch (BlobNotFoundException)
        {
            return ApiProblems.Field(404, "version", "this release's files are neither on this server nor in the blob store");
        }
        // Only paths the manifest lists are served, which also keeps requests inside the release directory.
        var file = manifest?.Files.FirstOrDefault(f => f.Path == path);
        if (file is null) return ApiProblems.Field(404, "path", "the release's manifest lists no file with this path");
        return local ? ServeFile(Path.Combine(directory, file.Path), file.Sha256) : await ServeBlobAsync(blobs, file.Path, file.Sha256, cancellationToken);
    }

    public static async Task<IResult> GetTar(string version, ReleaseStore releases, IOptions<CorpusOptions> options, CancellationToken cancellationToken)
    {
        var release = await releases.FindAsync(version, cancellationToken);
        if (release is null) return ApiProblems.Field(404, "version", "no release with this version");
        var tar = Path.Combine(options.Value.ReleasePath, release.Name + ".tar");
        if (!File.Exists(tar)) return ApiProblems.Field(404, "version", "no .tar of this release on this server (build it with --tar)");
        return TypedResults.PhysicalFile(tar, "application/x-tar", release.Name + ".tar", enableRangeProcessing: true);
    }

    private static IResult ServeFile(string fullPath, string sha256) =>
        TypedResults.PhysicalFile(fullPath, ContentTypeOf(fullPath), Path.GetFileName(fullPath),
            entityTag: new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);

    private static async Task<IResult> ServeBlobAsync(IBlobStore blobs, string path, string sha256, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await blobs.OpenReadAsync(sha256, cancellationToken);
            return TypedResults.Stream(stream, ContentTypeOf(path), Path.GetFileName(path), entityTag: new EntityTagHeaderValue($"\"{sha256}\""),
                enableRangeProcessing: stream.CanSeek);
        }
        catch (BlobNotFoundException)
        {
            return ApiProblems.Field(404, "path", "this file of the release is missing from the blob store");
        }
    }

    private static string ContentTypeOf(string path) =>
        ContentTypes.TryGetContentType(path, out var contentType) ? contentType : "application/octet-stream";
}
