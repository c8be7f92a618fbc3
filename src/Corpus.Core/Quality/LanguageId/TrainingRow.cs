using Microsoft.ML.Data;

namespace Corpus.Core.Quality.LanguageId;

/// <summary>One featurized seed sentence as ML.NET reads it.</summary>
internal sealed class TrainingRow
{
    /// <summary>One of <see cref="LanguageLabels.All"/>; mapped to a class key in that order before training.</summary>
    public string Language { get; set; } = "";

    public VBuffer<float> Features { get; set; }
}
