namespace Corpus.Core.Normalization;

/// <summary>For each code unit, the letter left once its accents are taken off (é -> e, ṣ -> s).</summary>
internal static class LatinBases
{
    public static char[] Build()
    {
        var bases = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) bases[c] = (char)c;
        var composites = new Dictionary<char, char>();
        foreach (var entry in NfkcData.Compositions.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var plus = entry.IndexOf('+');
            var equals = entry.IndexOf('=');
            var composite = (char)Convert.ToInt32(entry[(equals + 1)..], 16);
            if (composite is >= '\u0600' and <= '\u06FF') continue;
            composites[composite] = (char)Convert.ToInt32(entry[..plus], 16);
        }
        foreach (var (composite, first) in composites)
        {
            var letter = first;
            while (composites.TryGetValue(letter, out var further)) letter = further;
            bases[composite] = letter;
        }
        return bases;
    }
}
