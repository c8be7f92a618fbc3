namespace Corpus.Benchmarks.Quality;

/// <summary>Reproducible short social posts in Darija-like Latin spelling, with planted near copies.</summary>
internal sealed class SyntheticPosts(int seed)
{
    private static readonly string[] Syllables =
    [
        "ma", "3a", "la", "7a", "bi", "ch", "ou", "ka", "ne", "ra", "di", "ya", "wa", "ze", "9a", "ti",
        "gh", "sa", "fi", "lo", "mi", "da", "kh", "ba", "ha", "nou", "tou", "ra", "el", "za", "jo", "fa",
    ];

    private readonly Random random = new(seed);
    private readonly string[] vocabulary = BuildVocabulary(new Random(seed + 1), 20_000);

    /// <summary>A fresh post of 6 to 18 words.</summary>
    public string Next()
    {
        var words = random.Next(6, 19);
        var parts = new string[words];
        for (var i = 0; i < words; i++) parts[i] = vocabulary[random.Next(vocabulary.Length)];
        return string.Join(' ', parts);
    }

    /// <summary>The post with one word replaced, as a reposter who edits a little would do.</summary>
    public string NearCopy(string post)
    {
        var parts = post.Split(' ');
        parts[random.Next(parts.Length)] = vocabulary[random.Next(vocabulary.Length)];
        return string.Join(' ', parts);
    }

    public int NextIndex(int exclusiveMax) => random.Next(exclusiveMax);

    public double NextDouble() => random.NextDouble();

    private static string[] BuildVocabulary(Random random, int size)
    {
        var words = new HashSet<string>();
        while (words.Count < size)
        {
            var syllables = random.Next(1, 5);
            var word = "";
            for (var i = 0; i < syllables; i++) word += Syllables[random.Next(Syllables.Length)];
            words.Add(word);
        }
        return [.. words];
    }
}
