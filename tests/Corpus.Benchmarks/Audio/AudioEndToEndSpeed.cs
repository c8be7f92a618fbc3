using System.Diagnostics;
using Corpus.Core.Audio;

namespace Corpus.Benchmarks.Audio;

/// <summary>
/// End-to-end speed on WebM/Opus uploads (ffmpeg decode + resample + analysis + normalized WAV), next to
/// plain `ffmpeg -i X -f null -` on the same files, both as multiples of real time.
/// </summary>
internal static class AudioEndToEndSpeed
{
    public static async Task RunAsync(int files, double seconds, TextWriter output)
    {
        var directory = BenchmarkPaths.NewTempDirectory("corpus-bench-e2e");
        var wav = BenchmarkSpeech.WriteWav(directory, BenchmarkSpeech.Mono16k(seconds));
        var webms = new List<string>();
        for (var i = 0; i < files; i++)
        {
            var webm = Path.Combine(directory, $"upload-{i}.webm");
            BenchmarkSpeech.Run("ffmpeg", "-nostdin", "-y", "-loglevel", "error", "-i", wav, "-ar", "48000", "-c:a", "libopus", "-b:a", "32k", webm);
            webms.Add(webm);
        }

        var processor = new AudioProcessor(new AudioOptions());
        await using (var warm = File.OpenRead(webms[0])) await processor.AnalyzeAsync(warm, null, CancellationToken.None);

        var pipeline = Stopwatch.StartNew();
        foreach (var webm in webms)
        {
            await using var stream = File.OpenRead(webm);
            await processor.AnalyzeAsync(stream, null, CancellationToken.None);
        }
        pipeline.Stop();

        var plain = Stopwatch.StartNew();
        foreach (var webm in webms) BenchmarkSpeech.Run("ffmpeg", "-nostdin", "-loglevel", "error", "-i", webm, "-f", "null", "-");
        plain.Stop();

        var audioSeconds = files * seconds;
        output.WriteLine($"audio: {files} WebM/Opus files of {seconds:0} s (48 kHz, 32 kb/s), processed one after another");
        output.WriteLine($"AudioProcessor.AnalyzeAsync (ffmpeg decode to 16 kHz + analysis): {pipeline.Elapsed.TotalMilliseconds / files:0.0} ms per file = {audioSeconds / pipeline.Elapsed.TotalSeconds:0}x real time");
        output.WriteLine($"ffmpeg -i X -f null - (decode only):                            {plain.Elapsed.TotalMilliseconds / files:0.0} ms per file = {audioSeconds / plain.Elapsed.TotalSeconds:0}x real time");
    }
}
