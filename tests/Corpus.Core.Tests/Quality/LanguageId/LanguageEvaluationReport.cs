using Corpus.Core.Quality.LanguageId;

namespace Corpus.Core.Tests.Quality.LanguageId;

/// <summary>Per-class precision and recall, with Darija scripts merged into one class for the F1.</summary>
internal sealed class LanguageEvaluationReport
{
    private readonly Dictionary<string, int> truePositives = [];
    private readonly Dictionary<string, int> expectedCounts = [];
    private readonly Dictionary<string, int> predictedCounts = [];
    private readonly Dictionary<string, (int Right, int All)> bySource = [];
    private int skipped;

    public void Skip() => skipped++;

    public void Add(string source, string expected, string predicted)
    {
        var expectedClass = Merge(expected);
        var predictedClass = Merge(predicted);
        Increment(expectedCounts, expectedClass);
        Increment(predictedCounts, predictedClass);
        var right = expectedClass == predictedClass;
        if (right) Increment(truePositives, expectedClass);
        var (r, a) = bySource.GetValueOrDefault(source);
        bySource[source] = (r + (right ? 1 : 0), a + 1);
    }

    public double Precision(string label) => Ratio(truePositives.GetValueOrDefault(label), predictedCounts.GetValueOrDefault(label));

    public double Recall(string label) => Ratio(truePositives.GetValueOrDefault(label), expectedCounts.GetValueOrDefault(label));

    public double DarijaF1
    {
        get
        {
            var precision = Precision(LanguageEvaluationSet.AnyDarija);
            var recall = Recall(LanguageEvaluationSet.AnyDarija);
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"lines scored: {expectedCounts.Values.Sum()}, without letters (left out): {skipped}");
        foreach (var label in new[] { LanguageEvaluationSet.AnyDarija, "arb", "fra", "eng", "zgh", "other" })
            output.WriteLine($"{label,-6} precision {Precision(label):F3} recall {Recall(label):F3} (expected {expectedCounts.GetValueOrDefault(label)}, predicted {predictedCounts.GetValueOrDefault(label)})");
        output.WriteLine($"Darija-vs-rest F1 {DarijaF1:F3}");
        foreach (var (source, (right, all)) in bySource) output.WriteLine($"{source,-16} accuracy {Ratio(right, all):F3} of {all}");
    }

    private static string Merge(string label) => LanguageLabels.IsDarija(label) ? LanguageEvaluationSet.AnyDarija : label;

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : part / (double)whole;
}
