using System.Globalization;

namespace Corpus.Benchmarks.Audio;

/// <summary>
/// `audio [analyze|e2e|all] [n] [m]`: analysis speed on 16 kHz PCM (n seconds, m rounds), and end-to-end
/// WebM/Opus speed next to plain ffmpeg (n files of m seconds).
/// </summary>
internal sealed class AudioBenchmark : IBenchmark
{
    public string Name => "audio";

    public string Description => "audio analysis (x real time, one core) and WebM/Opus end to end vs ffmpeg; [analyze|e2e|all] [n] [m]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var mode = args.Length > 0 ? args[0] : "all";
        double Arg(int index, double fallback) =>
            args.Length > index ? double.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

        if (mode is "analyze" or "all") AudioAnalyzeSpeed.Run(seconds: Arg(1, 60), rounds: (int)Arg(2, 30), output);
        if (mode is "e2e" or "all") await AudioEndToEndSpeed.RunAsync(files: (int)Arg(1, 10), seconds: Arg(2, 10), output);
    }
}
