namespace Corpus.Core.Quality.LanguageId;

/// <summary>The language classes the identifier tells apart (DESIGN.md §4).</summary>
public static class LanguageLabels
{
    public const string DarijaArabic = "ary-Arab";
    public const string DarijaLatin = "ary-Latn";
    public const string StandardArabic = "arb";
    public const string French = "fra";
    public const string English = "eng";
    public const string Amazigh = "zgh";
    public const string Other = "other";

    /// <summary>Every label, in the order of the model's classes.</summary>
    public static IReadOnlyList<string> All { get; } =
        [DarijaArabic, DarijaLatin, StandardArabic, French, English, Amazigh, Other];

    public static bool IsDarija(string label) => label is DarijaArabic or DarijaLatin;

    internal static int IndexOf(string label)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == label) return i;
        }
        throw new ArgumentException($"Unknown language label '{label}'.", nameof(label));
    }
}
