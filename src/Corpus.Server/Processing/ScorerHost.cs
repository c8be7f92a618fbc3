using Corpus.Core.Audio;
using Corpus.Core.Normalization;
using Corpus.Core.Quality;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Processing;

/// <summary>The quality scorer, built at first use (training or loading the language model), and the pipeline version it implies.</summary>
public sealed class ScorerHost(LanguageModelHost languages, IOptions<QualityScorerOptions> options)
{
    private readonly Lazy<QualityScorer> _scorer = new(
        () => new QualityScorer(options.Value, languages.Identifier), LazyThreadSafetyMode.ExecutionAndPublication);

    public QualityScorer Scorer => _scorer.Value;

    public string LanguageVersion => languages.Identifier.Version;

    /// <summary>Every stage's version; a result made by another combination is from another pipeline.</summary>
    public string PipelineVersion =>
        $"{TextNormalizer.Version}+{AudioProcessor.Version}+{Scorer.ScorerVersion}+langid-{languages.Identifier.Version}";
}
