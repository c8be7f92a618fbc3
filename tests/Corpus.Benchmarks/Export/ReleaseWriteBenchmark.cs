using System.Diagnostics;
using System.Globalization;
using Corpus.Benchmarks.Normalization;
using Corpus.Core.Audio;
using Corpus.Core.Export;

namespace Corpus.Benchmarks.Export;

/// <summary>
/// Writing and verifying a release directory from generated contents: texts (mixed Darija lines) and clips
/// (4 s of 16 kHz mono PCM each, served from memory). Prints rows/s, MB/s written and the peak working set.
/// Arguments: [texts] [clips], default 200000 2000.
/// </summary>
internal sealed class ReleaseWriteBenchmark : IBenchmark
{
    private const int ClipSeconds = 4;

    public string Name => "release";

    public string Description => "Release writing and verification (rows/s, MB/s, peak memory); [texts] [clips]";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var textCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        var clipCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var contents = Contents(textCount, clipCount);
        var root = Path.Combine(Path.GetTempPath(), "corpus-release-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var before = GC.GetTotalAllocatedBytes();
            var watch = Stopwatch.StartNew();
            var manifest = await ReleaseWriter.WriteAsync(contents, Path.Combine(root, "darija-corpus-1.0.0"), CancellationToken.None);
            var written = watch.Elapsed.TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes() - before;
            var bytes = manifest.Files.Sum(f => f.Size);
            output.WriteLine($"input: {textCount:N0} texts, {clipCount:N0} clips of {ClipSeconds} s ({manifest.Totals.Hours:F1} h)");
            output.WriteLine($"write  {written,7:F2} s  {(textCount + clipCount) / written,10:N0} rows/s  {bytes / 1e6 / written,7:F1} MB/s  " +
                $"({manifest.Files.Count:N0} files, {bytes / 1e6:F1} MB, {allocated / 1e6:F0} MB allocated)");

            watch.Restart();
            var verification = await ReleaseVerifier.VerifyAsync(Path.Combine(root, "darija-corpus-1.0.0"), CancellationToken.None);
            var verified = watch.Elapsed.TotalSeconds;
            output.WriteLine($"verify {verified,7:F2} s  {verification.BytesChecked / 1e6 / verified,7:F1} MB/s  intact: {verification.Intact}");
            output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB (rows and texts in memory: " +
                $"{GC.GetTotalMemory(forceFullCollection: true) / 1e6:F0} MB)");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static ReleaseContents Contents(int textCount, int clipCount)
    {
        var (lines, _) = MixedDarijaText.Generate(textCount * 80L, seed: 20261124);
        var splits = new[] { ReleaseSplits.Train, ReleaseSplits.Dev, ReleaseSplits.Test };
        var texts = Enumerable.Range(0, textCount).Select(i => new ReleaseTextRow
        {
            Id = $"T{i:D9}",
            Kind = "text",
            Split = splits[i % 10 < 8 ? 0 : i % 10 == 8 ? 1 : 2],
            Text = lines[i % lines.Length],
            Script = "mixed",
            Language = "ary-Arab",
            LanguageProbability = 0.97,
            QualityScore = 0.9,
            SourceGroup = "g" + (i % 5_000).ToString(CultureInfo.InvariantCulture),
            Source = "volunteer",
            Licence = "CC0-1.0",
            Region = "casablanca-settat",
        }).OrderBy(t => ReleaseSplits.OrderOf(t.Split)).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        var wav = Wav(ClipSeconds);
        var clips = Enumerable.Range(0, clipCount).Select(i => new ReleaseClipRow
        {
            Id = $"C{i:D9}",
            Split = splits[i % 10 < 8 ? 0 : i % 10 == 8 ? 1 : 2],
            ClientId = "speaker" + (i % 300).ToString(CultureInfo.InvariantCulture),
            Path = $"C{i:D9}.wav",
            Sentence = "شعل الضو عافاك",
            UpVotes = 0,
            DownVotes = 0,
            Age = "twenties",
            Gender = "female",
            Accents = "fes-meknes",
            Locale = "ary",
            Segment = "",
            DurationMs = ClipSeconds * 1000,
            QualityScore = 0.9,
            OpenAudio = _ => Task.FromResult<Stream>(new MemoryStream(wav, writable: false)),
        }).OrderBy(c => ReleaseSplits.OrderOf(c.Split)).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        return new ReleaseContents
        {
            DatasetName = "darija-corpus",
            Version = "1.0.0",
            CutOff = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero),
            Texts = texts,
            Clips = clips,
            PipelineVersions = ["bench"],
            ItemLicences = ["CC0-1.0"],
            DatasetLicence = "cc0-1.0",
            Changes = new ReleaseChanges(null, [.. texts.Select(t => t.Id).Concat(clips.Select(c => c.Id))], [], []),
        };
    }

    private static byte[] Wav(int seconds)
    {
        var samples = new float[16_000 * seconds];
        for (var i = 0; i < samples.Length; i++) samples[i] = 0.25f * MathF.Sin(2 * MathF.PI * 220 * i / 16_000f);
        return Pcm16Wav.Encode(samples, 16_000);
    }
}
