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

        var wav48k = Pcm16Wav.Encode(Resampler.Resample(samples, AudioProcessor.SampleRate, 48000), 48000);
        var processor = new AudioProcessor(options);
        var from48k = Measure(Math.Max(3, rounds / 3), () =>
            processor.AnalyzeAsync(new MemoryStream(wav48k), "salam labas", CancellationToken.None).GetAwaiter().GetResult());

        var audioSeconds = (double)samples.Length / AudioProcessor.SampleRate;
        output.WriteLine($"audio: {audioSeconds:0.0} s of 16 kHz mono speech, {rounds} rounds, single thread");
        output.WriteLine(Describe("16 kHz PCM, measurements only", measurementsOnly, audioSeconds));
        output.WriteLine(Describe("16 kHz PCM16 WAV parse + measurements", withWavParse, audioSeconds));
        output.WriteLine(Describe("48 kHz WAV via AnalyzeAsync (native resample + all)", from48k, audioSeconds));
        output.WriteLine("breakdown of the measurements (wall, median):");
        var vad = EnergyVad.Detect(samples, AudioProcessor.SampleRate, options.Vad);
        (string, Action)[] parts =
        [
            ("energy VAD", () => EnergyVad.Detect(samples, AudioProcessor.SampleRate, options.Vad)),
            ("peak/RMS/DC", () => SignalLevels.Measure(samples)),
            ("WADA-SNR", () => WadaSnr.Estimate(samples)),
            ("bandwidth (200 FFTs)", () => BandwidthEstimator.Estimate(samples, AudioProcessor.SampleRate, [])),
            ("clipping", () => ClippingStats.Measure(samples, 1, (float)options.ClipLevel)),
            ("PCM16 WAV encode", () => Pcm16Wav.Encode(samples, AudioProcessor.SampleRate)),
            ("pause segmentation", () => PauseSegmenter.Split(vad, 0, samples.Length, 16000, 320000, 15)),
        ];
        foreach (var (label, action) in parts)
        {
            var time = Measure(rounds, action);
            output.WriteLine($"  {label,-22} {time.Wall * 1000,7:0.00} ms");
        }
    }

    /// <summary>
    /// CPU seconds per round (process total over all rounds: honest when other programs share the cores,
    /// and conservative since GC threads count too) and the median wall-clock seconds per round.
    /// </summary>
    private static (double Cpu, double Wall) Measure(int rounds, Action action)
    {
        var walls = new double[rounds];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            walls[i] = watch.Elapsed.TotalSeconds;
        }
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds / rounds;
        Array.Sort(walls);
        return (cpu, walls[rounds / 2]);
    }

    private static string Describe(string label, (double Cpu, double Wall) time, double audioSeconds) =>
        $"{label,-58} CPU {time.Cpu * 1000,7:0.00} ms = {audioSeconds / time.Cpu,5:0}x real time | wall {time.Wall * 1000,7:0.00} ms = {audioSeconds / time.Wall,5:0}x";
}
