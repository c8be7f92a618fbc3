using Corpus.Core.Quality;

namespace Corpus.Core.Tests.Quality;

[TestFixture]
public sealed class QualityScorerOptionsTests
{
    [Test]
    public void Problems_Defaults_AreNone() => Assert.That(new QualityScorerOptions().Problems(), Is.Empty);

    [Test]
    public void Problems_EveryBadValue_IsListed()
    {
        var options = new QualityScorerOptions
        {
            MinDarijaProbability = -0.1,
            MaxTopBigramShare = 1.5,
            MinWordsForRepetition = 0,
            MinLetters = -1,
        };

        Assert.That(options.Problems(), Has.Count.EqualTo(4));
        Assert.That(() => options.Validate(), Throws.ArgumentException.With.Message.Contains(nameof(QualityScorerOptions.MaxTopBigramShare)));
    }
}
