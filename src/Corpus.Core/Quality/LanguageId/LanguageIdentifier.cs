using Corpus.Core.Normalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Corpus.Core.Quality.LanguageId;

/// <summary>
/// Identifies ary-Arab, ary-Latn, arb, fra, eng, zgh or other with an ML.NET maximum-entropy model
/// over character n-grams and marker words. Built from seed sentences in seconds, cached as a model
/// file named by its version, and safe to call from any number of threads.
/// </summary>
public sealed class LanguageIdentifier
{
    private const string FilePrefix = "langid-";
    private const string FileSuffix = ".zip";

    [ThreadStatic] private static SparseFeatures? scratch;

    private readonly LanguageModel model;

    private LanguageIdentifier(LanguageModel model, string version)
    {
        this.model = model;
        Version = version;
    }

    /// <summary>Names the features, trainer, normalizer and seed sentences the model was built from.</summary>
    public string Version { get; }

    /// <summary>The version a model trained from these seeds has.</summary>
    public static string VersionFor(LanguageSeedSet seeds) =>
        $"{LanguageFeaturizer.Version}.{LanguageModelTrainer.Version}.{TextNormalizer.Version}.{seeds.ContentHash[..12]}";

    /// <summary>Where models are cached inside a data directory (<c>--data</c>).</summary>
    public static string ModelDirectoryIn(string dataDirectory) => Path.Combine(dataDirectory, "models");

    /// <summary>The model file for these seeds inside a model directory.</summary>
    public static string ModelPath(string modelDirectory, LanguageSeedSet seeds) =>
        Path.Combine(modelDirectory, FilePrefix + VersionFor(seeds) + FileSuffix);

    /// <summary>Trains in memory without touching the disk.</summary>
    public static LanguageIdentifier Train(LanguageSeedSet seeds)
    {
        var ml = new MLContext(LanguageModelTrainer.Seed);
        var transformer = LanguageModelTrainer.Train(ml, seeds, out _);
        return new LanguageIdentifier(LanguageModel.From(transformer.LastTransformer.Model), VersionFor(seeds));
    }

    /// <summary>Loads the cached model for these seeds, training and caching it first when it is missing, stale or unreadable.</summary>
    public static LanguageIdentifier LoadOrTrain(string modelDirectory, LanguageSeedSet seeds)
    {
        var path = ModelPath(modelDirectory, seeds);
        if (!File.Exists(path)) return TrainAndSave(modelDirectory, seeds);
        try
        {
            return Load(path, VersionFor(seeds));
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or FormatException or IOException)
        {
            // A cache that cannot be read (cut short by a crash, say) is rebuilt rather than fatal.
            return TrainAndSave(modelDirectory, seeds);
        }
    }

    /// <summary>Trains from the seeds, replaces the cached model, and removes models of other versions.</summary>
    public static LanguageIdentifier TrainAndSave(string modelDirectory, LanguageSeedSet seeds)
    {
        Directory.CreateDirectory(modelDirectory);
        var ml = new MLContext(LanguageModelTrainer.Seed);
        var transformer = LanguageModelTrainer.Train(ml, seeds, out var schema);
        var path = ModelPath(modelDirectory, seeds);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        ml.Model.Save(transformer, schema, temporary);
        File.Move(temporary, path, overwrite: true);
        foreach (var stale in Directory.EnumerateFiles(modelDirectory, FilePrefix + "*" + FileSuffix))
        {
            if (!string.Equals(stale, path, StringComparison.Ordinal)) File.Delete(stale);
        }
        return new LanguageIdentifier(LanguageModel.From(transformer.LastTransformer.Model), VersionFor(seeds));
    }

    /// <summary>The language of a raw social post or text line (normalized here first).</summary>
    public LanguagePrediction Identify(string raw)
    {
        var display = TextNormalizer.Display(raw, TextKind.Social);
        return Predict(display, TextNormalizer.MatchKey(display));
    }

    public LanguagePrediction Predict(NormalizedText text) => Predict(text.Display, text.Key);

    /// <summary>The language of a display form and its match key. A text without letters is "other".</summary>
    public LanguagePrediction Predict(string display, string key)
    {
        Span<float> probabilities = stackalloc float[LanguageModel.ClassCount];
        if (!Probabilities(display, key, probabilities)) return new LanguagePrediction(LanguageLabels.Other, 1, 0);
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best]) best = c;
        }
        var darija = probabilities[LanguageLabels.IndexOf(LanguageLabels.DarijaArabic)]
            + probabilities[LanguageLabels.IndexOf(LanguageLabels.DarijaLatin)];
        return new LanguagePrediction(LanguageLabels.All[best], probabilities[best], Math.Min(1, darija));
    }

    /// <summary>Every class probability in <see cref="LanguageLabels.All"/> order; false when the text has no letter.</summary>
    internal bool Probabilities(string display, string key, Span<float> probabilities)
    {
        if (!HasLetter(key)) return false;
        var features = scratch ??= new SparseFeatures();
        LanguageFeaturizer.Featurize(display, key, features);
        model.Predict(features, probabilities);
        return true;
    }

    private static LanguageIdentifier Load(string path, string version)
    {
        var ml = new MLContext(LanguageModelTrainer.Seed);
        var loaded = ml.Model.Load(path, out _);
        if (loaded is TransformerChain<ITransformer> chain) loaded = chain.LastTransformer;
        if (loaded is not MulticlassPredictionTransformer<MaximumEntropyModelParameters> transformer)
            throw new InvalidDataException($"{path} does not hold a language model.");
        return new LanguageIdentifier(LanguageModel.From(transformer.Model), version);
    }

    private static bool HasLetter(string key)
    {
        foreach (var c in key)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }
}
