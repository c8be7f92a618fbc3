using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Corpus.Core.Quality.LanguageId;

/// <summary>
/// The trained maximum-entropy weights, laid out feature-major so one feature's class weights are
/// adjacent. Immutable, so any number of threads predict at once; gives ML.NET's probabilities.
/// </summary>
internal sealed class LanguageModel
{
    private readonly float[] weights;
    private readonly float[] biases;

    private LanguageModel(float[] weights, float[] biases)
    {
        this.weights = weights;
        this.biases = biases;
    }

    public static int ClassCount => LanguageLabels.All.Count;

    public static LanguageModel From(MaximumEntropyModelParameters parameters)
    {
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classes);
        if (classes != ClassCount) throw new InvalidDataException($"The model has {classes} classes, expected {ClassCount}.");
        var weights = new float[LanguageFeaturizer.Dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            var row = classWeights[c];
            var values = row.GetValues();
            var indices = row.GetIndices();
            for (var i = 0; i < values.Length; i++)
            {
                var feature = row.IsDense ? i : indices[i];
                weights[feature * classes + c] = values[i];
            }
        }
        var biases = parameters.GetBiases().ToArray();
        return new LanguageModel(weights, biases);
    }

    /// <summary>Writes the probability of each class (in <see cref="LanguageLabels.All"/> order).</summary>
    public void Predict(SparseFeatures features, Span<float> probabilities)
    {
        var classes = ClassCount;
        Span<float> scores = stackalloc float[classes];
        biases.CopyTo(scores);
        for (var i = 0; i < features.Count; i++)
        {
            var value = features.Values[i];
            var row = weights.AsSpan(features.Indices[i] * classes, classes);
            for (var c = 0; c < classes; c++) scores[c] += value * row[c];
        }
        var max = float.MinValue;
        foreach (var score in scores) max = Math.Max(max, score);
        var sum = 0f;
        for (var c = 0; c < classes; c++)
        {
            probabilities[c] = MathF.Exp(scores[c] - max);
            sum += probabilities[c];
        }
        for (var c = 0; c < classes; c++) probabilities[c] /= sum;
    }
}
