namespace Corpus.Core.Normalization;

/// <summary>Counts the changes made while normalizing one text; not shared between threads.</summary>
internal sealed class ReplacementTally
{
    private static readonly string[] Names =
        ["url", "email", "phone", "user", "id", "hashtag", "emoji", "diacritics", "elongation", "laughter"];

    private readonly int[] _counts = new int[Names.Length];

    public void Add(ReplacementKind kind, int count = 1) => _counts[(int)kind] += count;

    public int this[ReplacementKind kind] => _counts[(int)kind];

    public void Clear() => Array.Clear(_counts);

    public IReadOnlyList<TextReplacement> ToList()
    {
        var list = new List<TextReplacement>();
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] > 0) list.Add(new TextReplacement(Names[i], _counts[i]));
        }
        return list;
    }
}
