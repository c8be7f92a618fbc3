using Corpus.Core.Quality;

namespace Corpus.Core.Tests.Quality;

[TestFixture]
public sealed class RepetitionMeterTests
{
    [Test]
    public void TopNGramShare_PairRepeatedThrice_CoversItsCharacters()
    {
        // "ab cd" three times among words of two characters: 3 x 4 characters of 16.
        ulong[] words = [1, 2, 1, 2, 1, 2, 3, 4];
        int[] lengths = [2, 2, 2, 2, 2, 2, 2, 2];

        Assert.That(RepetitionMeter.TopNGramShare(words, lengths, 2), Is.EqualTo(0.75));
    }

    [Test]
    public void TopNGramShare_NothingRepeats_IsZero()
    {
        ulong[] words = [1, 2, 3, 4, 5, 6, 7, 8];
        int[] lengths = [3, 3, 3, 3, 3, 3, 3, 3];

        Assert.That(RepetitionMeter.TopNGramShare(words, lengths, 3), Is.Zero);
    }

    [Test]
    public void DuplicateLineShare_CountsRepeatsOfEarlierLinesOnly()
    {
        Assert.That(RepetitionMeter.DuplicateLineShare("a\nb\na\n\na\nc"), Is.EqualTo(2 / 5.0));
        Assert.That(RepetitionMeter.DuplicateLineShare("one line only"), Is.Zero);
    }
}
