using System.Text.RegularExpressions;
using Corpus.Core.Export;
using Corpus.Core.Storage;
using Corpus.Data.Storage;

namespace Corpus.Data.Export;

/// <summary>
/// Builds a release: picks the parent and cut-off, assembles the contents, writes the files, publishes them to
/// the blob store and records the release. A version is immutable: building a recorded version again must reproduce it byte for byte.
/// </summary>
public sealed partial class ReleaseBuilder(ReleaseAssembler assembler, ReleaseStore releases, ReleasePublisher publisher, TimeProvider time)
{
    public async Task<BuiltRelease> BuildAsync(ReleaseRequest request, CancellationToken cancellationToken)
    {
        if (!SemVer().IsMatch(request.Version))
            throw new ReleaseRefusedException($"version '{request.Version}' is not a semantic version such as 1.0.0");
        var existing = await releases.FindAsync(request.Version, cancellationToken);
        if (existing is not null && request.CutOff is not null && DbTime.Format(request.CutOff.Value) != existing.CutOff)
            throw new ReleaseRefusedException($"release {request.Version} exists with cut-off {existing.CutOff}; a new cut-off needs a new version");

        var parent = await ParentAsync(request, existing, cancellationToken);
        var cutOff = existing is not null ? DbTime.Parse(existing.CutOff) : request.CutOff ?? time.GetUtcNow();
        if (parent is not null && DbTime.Parse(parent.CutOff) > cutOff)
            throw new ReleaseRefusedException($"cut-off {DbTime.Format(cutOff)} is before the parent release {parent.Version}'s ({parent.CutOff})");

        var name = ReleaseAssembler.DatasetName + "-" + request.Version;
        var directory = Path.Combine(Path.GetFullPath(request.OutputDirectory), name);
        if (Directory.Exists(directory) || File.Exists(directory))
            throw new ReleaseRefusedException($"{directory} already exists; releases are never overwritten");

        var assembled = await assembler.AssembleAsync(request.Version, cutOff, parent?.Version, request.Licence, cancellationToken);
        ReleaseManifest manifest;
        try
        {
            manifest = await ReleaseWriter.WriteAsync(assembled.Contents, directory, cancellationToken);
        }
        catch (Exception e) when (e is BlobNotFoundException or BlobIntegrityException)
        {
            throw new ReleaseRefusedException($"a clip's audio could not be read ({e.Message.TrimEnd('.')}), so nothing was written; check the blob store");
        }
        var manifestSha256 = await ManifestSha256Async(directory, cancellationToken);
        try
        {
            if (existing is not null && existing.ManifestSha256 != manifestSha256)
                throw new ReleaseRefusedException(
                    $"release {request.Version} was built before with different contents (items were withdrawn, reviewed or rescored since); build a new version instead");
            // Published before it is recorded: a release the database knows is always in the blob store.
            await publisher.PublishAsync(directory, manifest, manifestSha256, cancellationToken);
            if (existing is null)
                await releases.RecordAsync(new ReleaseRecord(request.Version, name, parent?.Version, DbTime.Format(cutOff), manifestSha256,
                    DbTime.Format(time.GetUtcNow())), assembled.Items, cancellationToken);
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }

        string? tar = null;
        if (request.Tar)
        {
            tar = directory + ".tar";
            await ReleaseTar.WriteAsync(directory, name, cutOff, tar, cancellationToken);
        }
        return new BuiltRelease(directory, tar, manifest, manifestSha256, existing is not null);
    }

    private async Task<ReleaseRecord?> ParentAsync(ReleaseRequest request, ReleaseRecord? existing, CancellationToken cancellationToken)
    {
        if (existing is not null)
        {
            if (request.Parent is not null && request.Parent != existing.ParentVersion)
                throw new ReleaseRefusedException($"release {request.Version} exists with parent {existing.ParentVersion ?? "none"}");
            return existing.ParentVersion is null ? null : await releases.FindAsync(existing.ParentVersion, cancellationToken);
        }
        if (request.Parent is null) return await releases.LatestAsync(cancellationToken);
        return await releases.FindAsync(request.Parent, cancellationToken)
            ?? throw new ReleaseRefusedException($"parent release {request.Parent} is not recorded in this install");
    }

    private static async Task<string> ManifestSha256Async(string directory, CancellationToken cancellationToken) =>
        (await ReleaseChecksums.HashFileAsync(Path.Combine(directory, ReleaseVerifier.ManifestFile), cancellationToken)).Sha256;

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex SemVer();
}
