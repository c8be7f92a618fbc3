using System.Diagnostics;
using Corpus.Core.Quality.Duplicates;

namespace Corpus.Benchmarks.Quality;

/// <summary>
/// Signs and indexes N generated short posts on one thread (2% planted near copies of an earlier
/// post), persisting the index file, then reloads it; reports time, peak memory and planted copies found.
/// </summary>
internal sealed class NearDuplicateBenchmark : IBenchmark
{
    public string Name => "near-duplicates";

    public string Description => "MinHash LSH over 1,000,000 generated short posts (--count N): time, peak memory, recall";

    public Task RunAsync(string[] args, TextWriter output)
    {
        var count = args.Length >= 2 && args[0] == "--count" ? int.Parse(args[1]) : 1_000_000;
        var posts = new SyntheticPosts(seed: 42);
        var recent = new string[4096];
        var directory = BenchmarkPaths.NewTempDirectory("near-duplicates");
        var path = Path.Combine(directory, "near.idx");
        int planted = 0, caught = 0, flagged = 0;
        var clock = Stopwatch.StartNew();
        using (var index = NearDuplicateIndex.Open(path))
        {
            for (var i = 0; i < count; i++)
            {
                var isCopy = i > recent.Length && posts.NextDouble() < 0.02;
                var source = isCopy ? posts.NextIndex(recent.Length) : -1;
                var text = isCopy ? posts.NearCopy(recent[source]) : posts.Next();
                recent[i % recent.Length] = text;
                var found = index.Add(i.ToString(), MinHasher.Compute(text));
                if (found.Count > 0) flagged++;
                if (!isCopy) continue;
                planted++;
                if (found.Count > 0) caught++;
            }
        }
        var elapsed = clock.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        output.WriteLine($"posts: {count:N0}, signed and indexed in {elapsed.TotalSeconds:F1} s ({count / elapsed.TotalSeconds:N0} posts/s, one thread)");
        output.WriteLine($"peak working set: {peak / (1024.0 * 1024):N0} MiB, index file: {new FileInfo(path).Length / (1024.0 * 1024):N0} MiB");
        output.WriteLine($"planted near copies (one word changed): {planted:N0}, found: {caught:N0} ({100.0 * caught / Math.Max(1, planted):F1}%); posts with any match: {flagged:N0}");

        clock.Restart();
        using (var reloaded = NearDuplicateIndex.Open(path))
        {
            output.WriteLine($"reloaded {reloaded.Count:N0} items from the index file in {clock.Elapsed.TotalSeconds:F1} s");
        }
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }
}
