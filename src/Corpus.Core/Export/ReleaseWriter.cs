using System.Globalization;
using System.Text;
using System.Text.Json;
using Corpus.Core.Export.Card;
using Corpus.Core.Export.Formats;

namespace Corpus.Core.Export;

/// <summary>
/// Writes a release directory from its contents. Files go to a hidden sibling folder that is renamed into
/// place only when every file and the manifest are on disk, so a failed build never leaves a half release.
/// </summary>
public static class ReleaseWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<ReleaseManifest> WriteAsync(ReleaseContents contents, string directory, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(Path.GetDirectoryName(directory)!, "." + Path.GetFileName(directory) + ".partial");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            var manifest = await WriteFilesAsync(contents, staging, cancellationToken);
            Directory.Move(staging, directory);
            return manifest;
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            throw;
        }
    }

    private static async Task<ReleaseManifest> WriteFilesAsync(ReleaseContents contents, string root, CancellationToken cancellationToken)
    {
        if (contents.Texts.Count > 0)
        {
            foreach (var split in ReleaseSplits.All)
            {
                var rows = contents.Texts.Where(t => t.Split == split).ToList();
                await WriteAsync(root, $"text/{split}.jsonl", s => TextJsonlWriter.WriteAsync(s, rows, cancellationToken));
                await WriteAsync(root, $"text/{split}.parquet", s => TextParquetWriter.WriteAsync(s, rows, cancellationToken));
            }
        }
        if (contents.Clips.Count > 0)
        {
            foreach (var clip in contents.Clips)
                await WriteAsync(root, $"audio/clips/{clip.Path}", async s =>
                {
                    await using var audio = await clip.OpenAudio(cancellationToken);
                    await audio.CopyToAsync(s, cancellationToken);
                });
            foreach (var split in ReleaseSplits.All)
            {
                var rows = contents.Clips.Where(c => c.Split == split).ToList();
                await WriteAsync(root, $"audio/{split}.tsv", s => ClipTsvWriter.WriteAsync(s, rows, cancellationToken));
                await WriteAsync(root, $"audio/{split}.parquet", s => ClipParquetWriter.WriteAsync(s, rows, cancellationToken));
            }
            await WriteAsync(root, "audio/clip_durations.tsv", s => ClipDurationsWriter.WriteAsync(s, contents.Clips, cancellationToken));
        }

        var counts = new ReleaseManifest
        {
            Name = contents.DatasetName + "-" + contents.Version,
            Version = contents.Version,
            ParentVersion = contents.ParentVersion,
            CutOff = contents.CutOff.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            Splits = ReleaseSplits.All.ToDictionary(s => s, s => Count(contents, s)),
            Totals = Count(contents, null),
            PipelineVersions = contents.PipelineVersions,
            Filters = new ReleaseFilters(["accepted"], ExcludeWithdrawn: true, Kinds(contents), SplitAssigner.Rule),
            Files = [],
        };
        foreach (var chart in CardCharts.Render(contents, counts))
            await WriteTextAsync(root, chart.Path, chart.Svg, cancellationToken);
        await WriteTextAsync(root, "README.md", DatasetCard.Render(contents, counts), cancellationToken);
        await WriteTextAsync(root, "CHANGES.md", ChangeLog.Render(contents.Changes, contents.Version), cancellationToken);

        var manifest = counts with { Files = await ListFilesAsync(root, cancellationToken) };
        await WriteTextAsync(root, ReleaseVerifier.ManifestFile, JsonSerializer.Serialize(manifest, ReleaseJson.Options) + "\n", cancellationToken);
        return manifest;
    }

    private static IReadOnlyList<string> Kinds(ReleaseContents contents) =>
        [.. contents.Texts.Select(t => t.Kind).Concat(contents.Clips.Count > 0 ? ["recording"] : []).Distinct().Order(StringComparer.Ordinal)];

    private static SplitCounts Count(ReleaseContents contents, string? split)
    {
        var texts = contents.Texts.Where(t => split is null || t.Split == split).ToList();
        var clips = contents.Clips.Where(c => split is null || c.Split == split).ToList();
        var hours = Math.Round(clips.Sum(c => c.DurationMs) / 3_600_000.0, 4);
        return new SplitCounts(texts.Count, clips.Count, hours,
            clips.Select(c => c.ClientId).Distinct(StringComparer.Ordinal).Count(),
            texts.Select(t => t.SourceGroup).Distinct(StringComparer.Ordinal).Count());
    }

    private static async Task<IReadOnlyList<ReleaseFile>> ListFilesAsync(string root, CancellationToken cancellationToken)
    {
        var files = new List<ReleaseFile>();
        foreach (var path in ReleaseDirectory.Files(root))
        {
            var (sha256, size) = await ReleaseChecksums.HashFileAsync(Path.Combine(root, path), cancellationToken);
            files.Add(new ReleaseFile(path, sha256, size));
        }
        return files;
    }

    private static Task WriteTextAsync(string root, string relative, string text, CancellationToken cancellationToken) =>
        WriteAsync(root, relative, async s => await s.WriteAsync(Utf8.GetBytes(text.ReplaceLineEndings("\n")), cancellationToken));

    private static async Task WriteAsync(string root, string relative, Func<Stream, Task> write)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await write(file);
        await file.FlushAsync();
        file.Flush(flushToDisk: true);
    }
}
