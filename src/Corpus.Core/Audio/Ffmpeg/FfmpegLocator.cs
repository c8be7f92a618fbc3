namespace Corpus.Core.Audio.Ffmpeg;

/// <summary>Finds the ffmpeg executable: an explicit path, or the first match on PATH.</summary>
internal static class FfmpegLocator
{
    public static string? Find(string configured)
    {
        if (configured.Contains(Path.DirectorySeparatorChar) || configured.Contains(Path.AltDirectorySeparatorChar))
            return File.Exists(configured) ? configured : null;

        var names = OperatingSystem.IsWindows() ? new[] { configured + ".exe", configured } : [configured];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
