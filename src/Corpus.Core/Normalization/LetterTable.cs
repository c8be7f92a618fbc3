namespace Corpus.Core.Normalization;

/// <summary>char.IsLetter for every UTF-16 code unit, as one lookup.</summary>
internal static class LetterTable
{
    public static readonly bool[] IsLetter = Build();

    private static bool[] Build()
    {
        var table = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = char.IsLetter((char)c);
        return table;
    }
}
