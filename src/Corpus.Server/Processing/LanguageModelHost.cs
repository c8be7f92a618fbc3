using Corpus.Core.Quality.LanguageId;
using Corpus.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Processing;

/// <summary>
/// The language identifier, trained from the seed sentences at first use and cached under the data
/// directory with its version, so later starts only load it.
/// </summary>
public sealed class LanguageModelHost(IOptions<CorpusOptions> options)
{
    private readonly Lazy<LanguageIdentifier> _identifier = new(
        () => LanguageIdentifier.LoadOrTrain(options.Value.ModelPath, LanguageSeedSet.Embedded()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public LanguageIdentifier Identifier => _identifier.Value;
}
