using System.Diagnostics;
using Corpus.Core.Audio;

namespace Corpus.Benchmarks.Audio;

/// <summary>Test speech for the audio benchmarks: the Darija evaluation clips when present, else espeak-ng.</summary>
internal static class BenchmarkSpeech
{
    private const string Text =
        "salam labas 3lik, ana bikhir. The quick brown fox jumps over the lazy dog, and every recording is measured before release.";

    /// <summary>About <paramref name="seconds"/> of 16 kHz mono speech with natural pauses.</summary>
    public static float[] Mono16k(double seconds)
    {
        var clip = LoadClip();
        var pause = new float[AudioProcessor.SampleRate * 3 / 10];
        var total = (int)(seconds * AudioProcessor.SampleRate);
        var signal = new float[total];
        var written = 0;
        while (written < total)
        {
            foreach (var part in new[] { clip, pause })
            {
                var count = Math.Min(part.Length, total - written);
                part.AsSpan(0, count).CopyTo(signal.AsSpan(written));
                written += count;
            }
        }
        return signal;
    }

    public static string WriteWav(string directory, float[] samples)
    {
        var path = Path.Combine(directory, $"speech-{samples.Length / AudioProcessor.SampleRate}s.wav");
        File.WriteAllBytes(path, Pcm16Wav.Encode(samples, AudioProcessor.SampleRate));
        return path;
    }

    public static void Run(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{program} did not start");
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {stderr}");
    }

    private static float[] LoadClip()
    {
        var shared = BenchmarkPaths.SharedData;
        var darija = shared is null ? null : Path.Combine(shared, "audio", "darija_turn_on_light", "iman_light_on_01_012_original.wav");
        if (darija is not null && File.Exists(darija)) return Read(darija);

        var directory = BenchmarkPaths.NewTempDirectory("corpus-bench-speech");
        var path = Path.Combine(directory, "espeak.wav");
        Run("espeak-ng", "-v", "en", "-w", path, Text);
        return Read(path);
    }

    private static float[] Read(string path)
    {
        using var stream = File.OpenRead(path);
        var audio = WavReader.ReadSamples(stream);
        var mono = Downmix.ToMono(audio);
        return audio.SampleRate == AudioProcessor.SampleRate ? mono : Resampler.Resample(mono, audio.SampleRate, AudioProcessor.SampleRate);
    }
}
