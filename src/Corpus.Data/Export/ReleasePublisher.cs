using Corpus.Core.Export;
using Corpus.Core.Storage;

namespace Corpus.Data.Export;

/// <summary>
/// Copies every file of a built release into the blob store under its SHA-256 (clips are there already), so
/// every server instance on the same store can serve the release, not only the machine that built it.
/// </summary>
public sealed class ReleasePublisher(IBlobStore blobs)
{
    public async Task PublishAsync(string directory, ReleaseManifest manifest, string manifestSha256, CancellationToken cancellationToken)
    {
        foreach (var (path, sha256) in manifest.Files.Select(f => (f.Path, f.Sha256)).Append((ReleaseVerifier.ManifestFile, manifestSha256)))
        {
            if (await blobs.ExistsAsync(sha256, cancellationToken)) continue;
            await using var file = File.OpenRead(Path.Combine(directory, path));
            var stored = await blobs.PutAsync(file, cancellationToken);
            if (stored.Sha256 != sha256)
                throw new ReleaseRefusedException($"{path} changed while it was being published (sha256 {stored.Sha256}, manifest says {sha256})");
        }
    }
}
