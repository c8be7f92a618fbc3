using System.Runtime.InteropServices;

namespace Corpus.Data.Blobs;

/// <summary>fsync on a directory, so a rename into it survives a power cut (POSIX only).</summary>
internal static partial class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(directory, ReadOnly);
        if (fd < 0) return;
        try
        {
            _ = Fsync(fd);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync")]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
