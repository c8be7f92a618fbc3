using System.Diagnostics;

namespace Corpus.Testing;

/// <summary>Makes test recordings with espeak-ng, sox and ffmpeg (each test is skipped, or failed in CI, when a program is missing).</summary>
public static class ExternalPrograms
{
    public static string Run(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) Assert.Fail($"{program} {string.Join(' ', arguments)} failed: {stderr}");
        return stdout.Result;
    }

    /// <summary>Synthetic speech at 16 kHz mono PCM16 (espeak-ng, resampled by sox).</summary>
    public static string Speech16k(string directory, string text, string voice = "en", int wordsPerMinute = 150)
    {
        var espeak = Requires.EspeakNg();
        var sox = Requires.Sox();
        var raw = Path.Combine(directory, $"espeak-{Guid.NewGuid():N}.wav");
        Run(espeak, "-v", voice, "-s", wordsPerMinute.ToString(), "-w", raw, text);
        var path = Path.Combine(directory, $"speech16k-{Guid.NewGuid():N}.wav");
        Run(sox, raw, "-r", "16000", "-b", "16", path);
        return path;
    }

    /// <summary>Converts with ffmpeg, e.g. to "-c:a libopus out.webm".</summary>
    public static string Convert(string input, string output, params string[] codecArguments)
    {
        var ffmpeg = Requires.Ffmpeg();
        Run(ffmpeg, ["-nostdin", "-y", "-loglevel", "error", "-i", input, .. codecArguments, output]);
        return output;
    }
}
