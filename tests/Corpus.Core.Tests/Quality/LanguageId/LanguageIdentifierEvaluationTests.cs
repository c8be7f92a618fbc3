using Corpus.Core.Normalization;
using Corpus.Core.Quality.LanguageId;

namespace Corpus.Core.Tests.Quality.LanguageId;

/// <summary>
/// Measures the identifier trained on samples/langid against the public evaluation data beside the
/// clone (DODa and YouTube comments as Darija, Tatoeba as MSA/French/English). Lines without any
/// letter (emoji-only comments) carry no language and are left out.
/// </summary>
[TestFixture]
public sealed class LanguageIdentifierEvaluationTests
{
    [Test]
    public void Identify_EvaluationData_MeetsDarijaF1AndStandardArabicRecallTargets()
    {
        var lines = LanguageEvaluationSet.Load();
        var identifier = LanguageIdentifier.Train(LanguageSeedSet.FromDirectory(SeedDirectory()));
        var report = new LanguageEvaluationReport();
        foreach (var (source, expected, text) in lines)
        {
            var normalized = TextNormalizer.Normalize(text, TextKind.Social);
            if (!normalized.Key.Any(char.IsLetter)) { report.Skip(); continue; }
            report.Add(source, expected, identifier.Predict(normalized).Label);
        }
        report.WriteTo(TestContext.Out);

        Assert.That(report.DarijaF1, Is.GreaterThanOrEqualTo(0.95), "Darija-vs-rest F1");
        Assert.That(report.Recall(LanguageLabels.StandardArabic), Is.GreaterThanOrEqualTo(0.90), "MSA recall");
    }

    internal static string SeedDirectory() => Path.Combine(Corpus.Testing.TestPaths.RepositoryRoot, "samples", "langid");
}
