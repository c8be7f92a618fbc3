using Corpus.Core.Normalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Corpus.Core.Quality.LanguageId;

/// <summary>
/// Trains the maximum-entropy language model with ML.NET, deterministically: fixed seed, one thread,
/// seeds in file order. Darija written in Latin letters is also taught in Arabic script through the
/// project's Arabizi transliterator, since much Arabic-script Darija online is written that way.
/// </summary>
internal static class LanguageModelTrainer
{
    public const int Seed = 20_251_123;

    /// <summary>Changes whenever training settings change; part of the model version.</summary>
    public const string Version = "lbfgs-me-3";

    // Chosen by 5-fold cross-validation on the seed sentences (0.01-0.2 all within 0.5% accuracy; the strongest of them).
    private const float L2Regularization = 0.2f;

    public static TransformerChain<MulticlassPredictionTransformer<MaximumEntropyModelParameters>> Train(
        MLContext ml, LanguageSeedSet seeds, out DataViewSchema schema, float l2Regularization = L2Regularization)
    {
        var data = ml.Data.LoadFromEnumerable(Rows(seeds), Schema());
        schema = data.Schema;
        // Class keys follow LanguageLabels.All, so class i of the weights is label i.
        var keys = ml.Data.LoadFromEnumerable(LanguageLabels.All.Select(label => new TrainingRow { Language = label }), Schema());
        var toKey = ml.Transforms.Conversion.MapValueToKey("Label", nameof(TrainingRow.Language), keyData: ml.Transforms.SelectColumns(nameof(TrainingRow.Language)).Fit(keys).Transform(keys));
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            L1Regularization = 0.0f,
            L2Regularization = l2Regularization,
            OptimizationTolerance = 1e-6f,
            MaximumNumberOfIterations = 100,
            HistorySize = 5,
        });
        return toKey.Append(trainer).Fit(data);
    }

    internal static IEnumerable<(string Label, string Text)> Examples(LanguageSeedSet seeds)
    {
        foreach (var seed in seeds.Seeds)
        {
            yield return (seed.Label, seed.Text);
            if (seed.Label == LanguageLabels.DarijaLatin)
                yield return (LanguageLabels.DarijaArabic, ArabiziTransliterator.Transliterate(TextNormalizer.Display(seed.Text, TextKind.Social)));
        }
    }

    private static List<TrainingRow> Rows(LanguageSeedSet seeds)
    {
        var rows = new List<TrainingRow>();
        var features = new SparseFeatures();
        foreach (var (label, text) in Examples(seeds))
        {
            var display = TextNormalizer.Display(text, TextKind.Social);
            LanguageFeaturizer.Featurize(display, TextNormalizer.MatchKey(display), features);
            var vector = new VBuffer<float>(
                LanguageFeaturizer.Dimension, features.Count,
                features.Values.AsSpan(0, features.Count).ToArray(),
                features.Indices.AsSpan(0, features.Count).ToArray());
            rows.Add(new TrainingRow { Language = label, Features = vector });
        }
        return rows;
    }

    internal static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, LanguageFeaturizer.Dimension);
        return schema;
    }
}
