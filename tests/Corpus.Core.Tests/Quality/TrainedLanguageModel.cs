using Corpus.Core.Quality.LanguageId;

namespace Corpus.Core.Tests.Quality;

/// <summary>One identifier trained from the built-in seed sentences, shared by every test that needs it.</summary>
internal static class TrainedLanguageModel
{
    private static readonly Lazy<LanguageIdentifier> Shared = new(() => LanguageIdentifier.Train(LanguageSeedSet.Embedded()));

    public static LanguageIdentifier Identifier => Shared.Value;
}
