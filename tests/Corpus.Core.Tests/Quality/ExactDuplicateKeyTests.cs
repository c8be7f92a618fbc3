using Corpus.Core.Normalization;
using Corpus.Core.Quality;

namespace Corpus.Core.Tests.Quality;

[TestFixture]
public sealed class ExactDuplicateKeyTests
{
    [Test]
    public void Compute_SpellingNoiseTheMatchKeyFolds_GivesTheSameKey()
    {
        var first = TextNormalizer.Normalize("إن شاء الله نتلاقاو غدا!", TextKind.Social);
        var second = TextNormalizer.Normalize("ان شاء الله  نتلاقاو غدا", TextKind.Social);

        Assert.That(ExactDuplicateKey.Compute(second.Key), Is.EqualTo(ExactDuplicateKey.Compute(first.Key)));
    }

    [Test]
    public void Compute_DifferentWords_GivesDifferentKeys()
    {
        Assert.That(ExactDuplicateKey.Compute("nchofk ghda"), Is.Not.EqualTo(ExactDuplicateKey.Compute("nchofk lyoum")));
        Assert.That(ExactDuplicateKey.Compute("x"), Has.Length.EqualTo(64));
    }
}
