using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text.Json;

namespace Corpus.Core.Export;

/// <summary>
/// Re-checks a release, as a directory or as its .tar: every file the manifest lists is present with its
/// size and SHA-256, and nothing is present that the manifest does not list.
/// </summary>
public static class ReleaseVerifier
{
    public const string ManifestFile = "manifest.json";

    public static async Task<ReleaseVerification> VerifyAsync(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path)) return await VerifyTarAsync(path, cancellationToken);
        if (!Directory.Exists(path)) return Failed($"{path}: no such release directory or .tar file");

        var manifestPath = Path.Combine(path, ManifestFile);
        if (!File.Exists(manifestPath)) return Failed($"{ManifestFile} is missing");
        ReleaseManifest manifest;
        await using (var stream = File.OpenRead(manifestPath))
        {
            if (await ReadManifestAsync(stream, cancellationToken) is not { } read) return Failed($"{ManifestFile} is not a valid release manifest");
            manifest = read;
        }

        var problems = new List<string>();
        long bytes = 0;
        foreach (var file in manifest.Files)
        {
            var full = SafeCombine(path, file.Path);
            if (full is null) { problems.Add($"{file.Path}: path leaves the release directory"); continue; }
            if (!File.Exists(full)) { problems.Add($"{file.Path}: missing"); continue; }
            await using var stream = File.OpenRead(full);
            var (sha256, size) = await ReleaseChecksums.HashAsync(stream, cancellationToken);
            bytes += size;
            Compare(file, sha256, size, problems);
        }
        var listed = manifest.Files.Select(f => f.Path).Append(ManifestFile).ToHashSet(StringComparer.Ordinal);
        foreach (var present in ReleaseDirectory.Files(path))
            if (!listed.Contains(present)) problems.Add($"{present}: not listed in the manifest");
        return new ReleaseVerification(manifest.Version, manifest.Files.Count, bytes, problems);
    }

    private static async Task<ReleaseVerification> VerifyTarAsync(string tarPath, CancellationToken cancellationToken)
    {
        // One pass: hash every entry, then compare with the manifest wherever it sat in the archive.
        var found = new Dictionary<string, (string Sha256, long Size)>(StringComparer.Ordinal);
        ReleaseManifest? manifest = null;
        var problems = new List<string>();
        await using (var file = File.OpenRead(tarPath))
        await using (var reader = new TarReader(file))
        {
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (entry.EntryType is TarEntryType.Directory) continue;
                var name = StripTopDirectory(entry.Name);
                if (entry.DataStream is null) { found[name] = (Convert.ToHexStringLower(SHA256.HashData([])), 0); continue; }
                if (name == ManifestFile)
                {
                    using var copy = new MemoryStream();
                    await entry.DataStream.CopyToAsync(copy, cancellationToken);
                    copy.Position = 0;
                    manifest = await ReadManifestAsync(copy, cancellationToken);
                    continue;
                }
                found[name] = await ReleaseChecksums.HashAsync(entry.DataStream, cancellationToken);
            }
        }
        if (manifest is null) return Failed($"{ManifestFile} is missing or not a valid release manifest");
        long bytes = 0;
        foreach (var file in manifest.Files)
        {
            if (!found.Remove(file.Path, out var actual)) { problems.Add($"{file.Path}: missing"); continue; }
            bytes += actual.Size;
            Compare(file, actual.Sha256, actual.Size, problems);
        }
        problems.AddRange(found.Keys.Order(StringComparer.Ordinal).Select(extra => $"{extra}: not listed in the manifest"));
        return new ReleaseVerification(manifest.Version, manifest.Files.Count, bytes, problems);
    }

    private static void Compare(ReleaseFile expected, string sha256, long size, List<string> problems)
    {
        if (size != expected.Size) problems.Add($"{expected.Path}: size {size} bytes, manifest says {expected.Size}");
        else if (!string.Equals(sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
            problems.Add($"{expected.Path}: sha256 {sha256}, manifest says {expected.Sha256}");
    }

    private static async Task<ReleaseManifest?> ReadManifestAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            var manifest = await JsonSerializer.DeserializeAsync<ReleaseManifest>(stream, ReleaseJson.Options, cancellationToken);
            return manifest?.Files is null ? null : manifest;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? SafeCombine(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(rootFull, StringComparison.Ordinal) ? full : null;
    }

    private static string StripTopDirectory(string name)
    {
        var slash = name.IndexOf('/');
        return slash < 0 ? name : name[(slash + 1)..];
    }

    private static ReleaseVerification Failed(string problem) => new(null, 0, 0, [problem]);
}
