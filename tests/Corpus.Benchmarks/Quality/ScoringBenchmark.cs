using System.Diagnostics;
using Corpus.Core.Normalization;
using Corpus.Core.Quality;
using Corpus.Core.Quality.Duplicates;
using Corpus.Core.Quality.LanguageId;

namespace Corpus.Benchmarks.Quality;

/// <summary>
/// Short posts per second through normalization and the quality scorer (language ID included) on one
/// thread, then the same with the exact-duplicate key and MinHash signature a worker also computes.
/// Posts are the seed sentences with varied emoji, handles and numbers appended.
/// </summary>
internal sealed class ScoringBenchmark : IBenchmark
{
    private static readonly string[] Tails = ["", " 😂😂", " ❤️", " @sahbi", " 100%", " !!", " 🇲🇦🇲🇦", " hhhhh", " 3afak", " 👍"];

    public string Name => "quality-scoring";

    public string Description => "Short posts scored per second on one thread, normalization included (--count N)";

    public Task RunAsync(string[] args, TextWriter output)
    {
        var count = args.Length >= 2 && args[0] == "--count" ? int.Parse(args[1]) : 200_000;
        var clock = Stopwatch.StartNew();
        var scorer = new QualityScorer(new QualityScorerOptions(), LanguageIdentifier.Train(LanguageSeedSet.Embedded()));
        output.WriteLine($"language model trained in {clock.Elapsed.TotalSeconds:F1} s ({scorer.ScorerVersion})");
        var posts = Posts(count);
        output.WriteLine($"posts: {posts.Length:N0}, mean length {posts.Average(p => p.Length):F0} characters");

        Measure("normalize + score", posts, output, post => scorer.ScoreText(post, TextKind.Social).Score);
        Measure("normalize + exact key + MinHash + score", posts, output, post =>
        {
            var text = TextNormalizer.Normalize(post, TextKind.Social);
            var key = ExactDuplicateKey.Compute(text.Key);
            var signature = MinHasher.Compute(text.Key);
            return scorer.Score(new QualityInput { Text = text }).Score + key.Length + signature.Values[0] * 0.0;
        });
        return Task.CompletedTask;
    }

    private static void Measure(string name, string[] posts, TextWriter output, Func<string, double> work)
    {
        var sink = 0.0;
        for (var i = 0; i < Math.Min(posts.Length, 5_000); i++) sink += work(posts[i]);
        var clock = Stopwatch.StartNew();
        foreach (var post in posts) sink += work(post);
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"{name}: {posts.Length / seconds:N0} posts/s on one thread ({seconds * 1e6 / posts.Length:F1} µs/post, checksum {sink:F0})");
    }

    private static string[] Posts(int count)
    {
        var seeds = LanguageSeedSet.Embedded().Seeds;
        var random = new Random(7);
        var posts = new string[count];
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[random.Next(seeds.Count)].Text;
            posts[i] = seed + Tails[random.Next(Tails.Length)] + (random.Next(4) == 0 ? $" {random.Next(1000)}" : "");
        }
        return posts;
    }
}
