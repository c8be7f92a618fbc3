namespace Corpus.Core.Audio.Ffmpeg;

/// <summary>Decodes any format ffmpeg knows to mono float PCM at one rate, through pipes.</summary>
internal sealed class FfmpegDecoder(string executable, TimeSpan timeout)
{
    public async Task<(PcmAudio Audio, AudioSourceFormat Source)> DecodeAsync(
        Stream input, AudioContainer container, int targetRate, long maxFrames, CancellationToken ct)
    {
        // The whitelist stops an upload that is really a playlist (HLS, concat) from making ffmpeg open
        // local files or URLs: only the stdin pipe may be read.
        string[] arguments =
        [
            "-nostdin", "-hide_banner", "-nostats", "-loglevel", "info",
            "-protocol_whitelist", "pipe",
            "-i", "pipe:0",
            "-map", "0:a:0", "-ac", "1", "-ar", targetRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-acodec", "pcm_f32le", "-f", "wav", "pipe:1",
        ];
        const int wavHeaderAllowance = 4096;
        var maxBytes = maxFrames >= long.MaxValue / 4 ? long.MaxValue : maxFrames * sizeof(float) + wavHeaderAllowance;
        var run = await FfmpegProcess.RunAsync(executable, arguments, input, maxBytes, timeout, ct).ConfigureAwait(false);
        await using var output = run.Output;
        if (run.ExitCode != 0 || output.Length == 0)
            throw new AudioFormatException($"ffmpeg could not decode the recording: {FfmpegStreamInfo.ErrorSummary(run.Stderr)}");

        var audio = WavReader.ReadSamples(output, maxFrames, allowOpenEndedData: true);
        var stream = FfmpegStreamInfo.Parse(run.Stderr);
        var source = new AudioSourceFormat(container, stream?.Codec ?? "unknown", stream?.SampleRate ?? 0, stream?.Channels ?? 0);
        return (audio, source);
    }
}
