using System.Diagnostics;
using System.Globalization;
using Corpus.Core.Normalization;

namespace Corpus.Benchmarks.Normalization;

/// <summary>
/// Single-thread throughput of the text normalizers on generated mixed Darija text (50 MB by
/// default; pass a size in MB to change it): display form alone and the full Normalize, for plain
/// text and social posts. The stages are also timed alone, each over all lines (the full normalize
/// checks for Arabizi only in Latin-script texts and transliterates only Arabizi ones).
/// </summary>
internal sealed class NormalizeThroughputBenchmark : IBenchmark
{
    public string Name => "normalize";

    public string Description => "Text normalizer throughput (MB/s, lines/s, one core) on mixed Darija text; [MB]";

    public Task RunAsync(string[] args, TextWriter output)
    {
        var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var (lines, bytes) = MixedDarijaText.Generate(megabytes * 1_000_000L, seed: 20261123);
        long chars = 0;
        foreach (var line in lines) chars += line.Length + 1;
        output.WriteLine($"input: {lines.Length:N0} lines, {bytes / 1e6:F1} MB UTF-8, {chars / 1e6:F1} M chars, one thread");

        var buffer = new char[1 << 20];
        var tally = new ReplacementTally();
        Measure(output, "  fold pass", lines, bytes, chars, line => CharacterFolder.Fold(line, buffer, 'ڭ', nfkcApplied: false, tally));
        Measure(output, "  finish pass", lines, bytes, chars, line => FinishingPass.Finish(line, buffer, tally));
        Measure(output, "  match key", lines, bytes, chars, line => MatchKeyBuilder.Build(line, buffer));
        var displays = Array.ConvertAll(lines, line => TextNormalizer.Display(line, TextKind.Text));
        Measure(output, "  script", displays, bytes, chars, display => (int)ScriptDetector.OfText(display));
        Measure(output, "  segments", displays, bytes, chars, display => SentenceSplitter.Split(display).Count);
        Measure(output, "  arabizi check", displays, bytes, chars, display => ArabiziDetector.IsArabiziText(display) ? 1 : 0);
        Measure(output, "  transliterate", displays, bytes, chars, display => ArabiziTransliterator.Transliterate(display).Length);
        Measure(output, "display text", lines, bytes, chars, line => TextNormalizer.Display(line, TextKind.Text).Length);
        Measure(output, "display social", lines, bytes, chars, line => TextNormalizer.Display(line, TextKind.Social).Length);
        Measure(output, "normalize text", lines, bytes, chars, line => TextNormalizer.Normalize(line, TextKind.Text).Key.Length);
        Measure(output, "normalize social", lines, bytes, chars, line => TextNormalizer.Normalize(line, TextKind.Social).Key.Length);
        return Task.CompletedTask;
    }

    // The machine may be shared: each figure is the best of three full passes over the input.
    private static void Measure(TextWriter output, string label, string[] lines, long bytes, long chars, Func<string, int> work)
    {
        long checksum = 0;
        for (var i = 0; i < Math.Min(lines.Length, 20_000); i++) checksum += work(lines[i]);
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var line in lines) checksum += work(line);
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        output.WriteLine(
            $"{label,-17} {bytes / 1e6 / best,8:F1} MB/s {lines.Length / best,12:N0} lines/s {chars / 1e6 / best,8:F1} Mchar/s  ({best:F2} s, checksum {checksum})");
    }
}
