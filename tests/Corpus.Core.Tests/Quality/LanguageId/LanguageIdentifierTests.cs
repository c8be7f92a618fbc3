using Corpus.Core.Normalization;
using Corpus.Core.Quality.LanguageId;
using Corpus.Testing;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Corpus.Core.Tests.Quality.LanguageId;

[TestFixture]
public sealed class LanguageIdentifierTests
{
    private static LanguageIdentifier Identifier => TrainedLanguageModel.Identifier;

    [TestCase("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ, ⵎⴰⵏⵣⴰⴽⵉⵏ?", LanguageLabels.Amazigh)]
    [TestCase("شنو درتي اليوم فالخدمة؟ واش خلصوك ولا باقي؟", LanguageLabels.DarijaArabic)]
    [TestCase("chno derti lyoum f lkhedma? wach khalsok wla ba9i?", LanguageLabels.DarijaLatin)]
    [TestCase("ماذا فعلت اليوم في العمل؟ هل دفعوا لك أجرك أم ليس بعد؟", LanguageLabels.StandardArabic)]
    [TestCase("Qu'est-ce que tu as fait au travail aujourd'hui ?", LanguageLabels.French)]
    [TestCase("What did you do at work today? Did they pay you yet?", LanguageLabels.English)]
    [TestCase("¿Qué hiciste hoy en el trabajo? ¿Ya te pagaron?", LanguageLabels.Other)]
    public void Identify_EverydaySentence_GivesItsLanguage(string text, string label)
    {
        var prediction = Identifier.Identify(text);

        Assert.That(prediction.Label, Is.EqualTo(label));
        Assert.That(prediction.Probability, Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Identify_EmojiOnly_IsOtherWithNoDarija()
    {
        var prediction = Identifier.Identify("😂😂🔥");

        Assert.That(prediction.Label, Is.EqualTo(LanguageLabels.Other));
        Assert.That(prediction.DarijaProbability, Is.Zero);
    }

    [Test]
    public void Embedded_SeedFiles_AreTheSamplesFolder()
    {
        var folder = LanguageSeedSet.FromDirectory(Path.Combine(TestPaths.RepositoryRoot, "samples", "langid"));

        Assert.That(LanguageSeedSet.Embedded().ContentHash, Is.EqualTo(folder.ContentHash));
        Assert.That(folder.Seeds.Count(s => s.Label == LanguageLabels.DarijaArabic), Is.GreaterThanOrEqualTo(300));
    }

    [Test]
    public void LoadOrTrain_CalledTwice_TrainsOnceThenLoadsTheSameModel()
    {
        var directory = TestPaths.NewTempDirectory();
        var seeds = LanguageSeedSet.Embedded();

        var trained = LanguageIdentifier.LoadOrTrain(directory, seeds);
        var path = LanguageIdentifier.ModelPath(directory, seeds);
        var written = File.GetLastWriteTimeUtc(path);
        var loaded = LanguageIdentifier.LoadOrTrain(directory, seeds);

        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(written));
        Assert.That(loaded.Version, Is.EqualTo(trained.Version));
        const string text = "wach nta mzyan a sahbi";
        Assert.That(loaded.Identify(text), Is.EqualTo(trained.Identify(text)));
    }

    [Test]
    public void LoadOrTrain_SeedsChanged_RetrainsAndDeletesTheStaleModel()
    {
        var directory = TestPaths.NewTempDirectory();
        var seedDirectory = TestPaths.NewTempDirectory();
        foreach (var label in LanguageLabels.All)
            File.WriteAllLines(Path.Combine(seedDirectory, label + ".txt"),
                LanguageSeedSet.Embedded().Seeds.Where(s => s.Label == label).Select(s => s.Text));
        var before = LanguageSeedSet.FromDirectory(seedDirectory);
        LanguageIdentifier.LoadOrTrain(directory, before);

        File.AppendAllText(Path.Combine(seedDirectory, "ary-Latn.txt"), "ghadi nmchi l7mam m3a drari\n");
        var after = LanguageSeedSet.FromDirectory(seedDirectory);
        var retrained = LanguageIdentifier.LoadOrTrain(directory, after);

        Assert.That(retrained.Version, Is.Not.EqualTo(LanguageIdentifier.VersionFor(before)));
        Assert.That(Directory.GetFiles(directory, "*.zip").Select(Path.GetFileName),
            Is.EqualTo(new[] { Path.GetFileName(LanguageIdentifier.ModelPath(directory, after)) }));
    }

    [Test]
    public void LoadOrTrain_CachedFileCorrupt_RebuildsIt()
    {
        var directory = TestPaths.NewTempDirectory();
        var seeds = LanguageSeedSet.Embedded();
        File.WriteAllText(LanguageIdentifier.ModelPath(directory, seeds), "not a model");

        var identifier = LanguageIdentifier.LoadOrTrain(directory, seeds);

        Assert.That(identifier.Identify("wach nta mzyan a sahbi").Label, Is.EqualTo(LanguageLabels.DarijaLatin));
        Assert.That(new FileInfo(LanguageIdentifier.ModelPath(directory, seeds)).Length, Is.GreaterThan(1000));
    }

    [Test]
    public void Train_SameSeedsTwice_GivesIdenticalProbabilities()
    {
        var again = LanguageIdentifier.Train(LanguageSeedSet.Embedded());

        foreach (var text in new[] { "salam labas", "مرحبا بكم", "bonjour" })
            Assert.That(again.Identify(text), Is.EqualTo(Identifier.Identify(text)));
    }

    [Test]
    public void Predict_SavedModel_GivesTheProbabilitiesOfMlNetsOwnPredictionEngine()
    {
        var directory = TestPaths.NewTempDirectory();
        var seeds = LanguageSeedSet.Embedded();
        var identifier = LanguageIdentifier.TrainAndSave(directory, seeds);
        var ml = new MLContext(1);
        var transformer = ml.Model.Load(LanguageIdentifier.ModelPath(directory, seeds), out _);
        var engine = ml.Model.CreatePredictionEngine<TrainingRow, ClassScores>(transformer, inputSchemaDefinition: LanguageModelTrainer.Schema());
        var features = new SparseFeatures();

        foreach (var text in new[] { "wach nta mzyan", "هذا الكتاب مفيد جدا", "I am here", "راه بزاف هادشي" })
        {
            var normalized = TextNormalizer.Normalize(text, TextKind.Social);
            LanguageFeaturizer.Featurize(normalized.Display, normalized.Key, features);
            var row = new TrainingRow
            {
                Language = LanguageLabels.Other,
                Features = new VBuffer<float>(LanguageFeaturizer.Dimension, features.Count, features.Values[..features.Count], features.Indices[..features.Count]),
            };
            var expected = engine.Predict(row).Score;
            var actual = new float[LanguageLabels.All.Count];
            identifier.Probabilities(normalized.Display, normalized.Key, actual);

            Assert.That(actual, Is.EqualTo(expected).Within(1e-5f), text);
        }
    }

    private sealed class ClassScores
    {
        public float[] Score { get; set; } = [];
    }
}
