using System.Diagnostics;
using Corpus.Core.Audio;

namespace Corpus.Benchmarks.Audio;

/// <summary>
/// Analysis speed on 16 kHz mono PCM as a multiple of real time, on one thread: measurements alone
/// (levels, WADA-SNR, VAD, bandwidth, trimming, WAV encoding), and the same with the PCM16 WAV parsed first.
/// </summary>
internal static class AudioAnalyzeSpeed
{
    public static void Run(double seconds, int rounds, TextWriter output)
    {
        var options = new AudioOptions();
        var samples = BenchmarkSpeech.Mono16k(seconds);
        var wav = Pcm16Wav.Encode(samples, AudioProcessor.SampleRate);
        var source = new AudioSourceFormat(AudioContainer.Wav, "pcm_s16le", AudioProcessor.SampleRate, 1);
        var clipping = ClippingStats.Measure(samples, 1, (float)options.ClipLevel);
        var decoded = new DecodedAudio(samples, source, clipping);
        _ = WadaSnrTable.Values; // built once per process, like in the service

        for (var i = 0; i < 3; i++) AudioAnalyzer.Analyze(decoded, "salam labas", options);
        var measurementsOnly = Measure(rounds, () => AudioAnalyzer.Analyze(decoded, "salam labas", options));
        var withWavParse = Measure(rounds, () =>
        {
            var pcm = WavReader.ReadSamples(new MemoryStream(wav));
            var parsed = new DecodedAudio(pcm.Samples, source, ClippingStats.Measure(pcm, (float)options.ClipLevel));
            AudioAnalyzer.Analyze(parsed, "salam labas", options);
        });

        var audioSeconds = (double)samples.Length / AudioProcessor.SampleRate;
        output.WriteLine($"audio: {audioSeconds:0.0} s of 16 kHz mono speech, {rounds} rounds, single thread");
        output.WriteLine($"measurements only:        {measurementsOnly * 1000:0.00} ms per clip = {audioSeconds / measurementsOnly:0}x real time");
        output.WriteLine($"WAV parse + measurements: {withWavParse * 1000:0.00} ms per clip = {audioSeconds / withWavParse:0}x real time");
    }

    /// <returns>The median seconds per round.</returns>
    private static double Measure(int rounds, Action action)
    {
        var times = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        return times[rounds / 2];
    }
}
