using System.Formats.Tar;

namespace Corpus.Core.Export;

/// <summary>
/// Packs a release directory into one .tar whose bytes depend only on the files: entries sorted by path
/// under the release's name, fixed owner, modes and modification time (the cut-off).
/// </summary>
public static class ReleaseTar
{
    public static async Task WriteAsync(string directory, string releaseName, DateTimeOffset modified, string tarPath, CancellationToken cancellationToken)
    {
        var partial = tarPath + ".partial";
        await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            await using (var writer = new TarWriter(output, TarEntryFormat.Ustar, leaveOpen: true))
            {
                foreach (var folder in Folders(directory))
                    await writer.WriteEntryAsync(new UstarTarEntry(TarEntryType.Directory, Entry(releaseName, folder) + "/")
                    {
                        ModificationTime = modified,
                        Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
                            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
                    }, cancellationToken);
                foreach (var file in ReleaseDirectory.Files(directory))
                {
                    await using var data = File.OpenRead(Path.Combine(directory, file));
                    await writer.WriteEntryAsync(new UstarTarEntry(TarEntryType.RegularFile, Entry(releaseName, file))
                    {
                        ModificationTime = modified,
                        Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
                        DataStream = data,
                    }, cancellationToken);
                }
            }
            await output.FlushAsync(cancellationToken);
            output.Flush(flushToDisk: true);
        }
        File.Move(partial, tarPath, overwrite: true);
    }

    private static string Entry(string releaseName, string relative) =>
        relative.Length == 0 ? releaseName : releaseName + "/" + relative;

    private static IEnumerable<string> Folders(string directory) =>
        Directory.EnumerateDirectories(directory, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(directory, d).Replace('\\', '/'))
            .Prepend("")
            .Order(StringComparer.Ordinal);
}
