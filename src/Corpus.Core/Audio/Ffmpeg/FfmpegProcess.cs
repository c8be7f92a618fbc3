using System.Diagnostics;
using System.Text;

namespace Corpus.Core.Audio.Ffmpeg;

/// <summary>
/// Runs ffmpeg once with an argument list (no shell): feeds stdin from a stream, collects stdout up to
/// a byte limit, keeps the tail of stderr for error messages, and kills the process on timeout or cancel.
/// </summary>
internal static class FfmpegProcess
{
    private const int StderrTailChars = 16 * 1024;

    public static async Task<FfmpegRun> RunAsync(
        string executable, IReadOnlyList<string> arguments, Stream input, long maxOutputBytes, TimeSpan timeout, CancellationToken ct)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = startInfo };
        if (!process.Start()) throw new AudioFormatException("ffmpeg could not be started.");

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);
        var token = timeoutCts.Token;
        var output = new MemoryStream();
        var stderr = new StringBuilder();

        var feed = FeedAsync(input, process.StandardInput.BaseStream, token);
        var errors = ReadStderrAsync(process.StandardError, stderr, token);
        try
        {
            var withinLimit = await CollectAsync(process.StandardOutput.BaseStream, output, maxOutputBytes, token).ConfigureAwait(false);
            if (!withinLimit)
            {
                Kill(process);
                await Task.WhenAll(feed, errors).ConfigureAwait(false);
                throw new AudioFormatException("The decoded recording is longer than the accepted maximum duration.");
            }
            await Task.WhenAll(feed, errors, process.WaitForExitAsync(token)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            ct.ThrowIfCancellationRequested();
            throw new AudioFormatException($"ffmpeg did not finish decoding within {timeout.TotalSeconds:0} s.");
        }
        output.Position = 0;
        return new FfmpegRun(process.ExitCode, output, stderr.ToString());
    }

    private static async Task FeedAsync(Stream input, Stream stdin, CancellationToken ct)
    {
        try
        {
            await input.CopyToAsync(stdin, 81920, ct).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // ffmpeg closed its input early (it gave up on the data, or needs no more); its exit code says which.
        }
        finally
        {
            try { stdin.Close(); } catch (IOException) { }
        }
    }

    /// <returns>False as soon as the output passes the limit.</returns>
    private static async Task<bool> CollectAsync(Stream stdout, MemoryStream output, long maxBytes, CancellationToken ct)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await stdout.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (output.Length + read > maxBytes) return false;
            output.Write(buffer, 0, read);
        }
        return true;
    }

    private static async Task ReadStderrAsync(StreamReader stderr, StringBuilder tail, CancellationToken ct)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await stderr.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            tail.Append(buffer, 0, read);
            if (tail.Length > 2 * StderrTailChars) tail.Remove(0, tail.Length - StderrTailChars);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
