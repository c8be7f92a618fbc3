using Corpus.Core.Normalization;
using Corpus.Core.Quality;

namespace Corpus.Core.Tests.Quality;

[TestFixture]
public sealed class TextSignalMeterTests
{
    private static TextSignals Measure(string raw, TextKind kind = TextKind.Social) =>
        TextSignalMeter.Measure(TextNormalizer.Normalize(raw, kind));

    [Test]
    public void Measure_EmojiAndPunctuationTokens_DoNotCountAsWordsWithoutLetters()
    {
        var signals = Measure("tbarkallah 3lik a khouya ❤️❤️ !!");

        Assert.That(signals.LetterWordShare, Is.EqualTo(1.0));
        Assert.That(signals.EmojiShare, Is.GreaterThan(0));
    }

    [Test]
    public void Measure_MostlyNumbers_GivesLowLetterWordShare()
    {
        var signals = Measure("12 45 78 99 100 200 salam");

        Assert.That(signals.LetterWordShare, Is.EqualTo(1 / 7.0).Within(1e-9));
    }

    [Test]
    public void Measure_DarijaMarkersInBothScripts_AreCounted()
    {
        Assert.That(Measure("علاش ما جيتيش؟ راه كنت كنتسناك بزاف").DarijaMarkers, Is.EqualTo(3));
        Assert.That(Measure("3lach ma jitich? kont kantsnak bzaf dyal lwe9t").DarijaMarkers, Is.EqualTo(3));
    }

    [Test]
    public void Measure_EmailAndPhone_CountAsPii()
    {
        var signals = Measure("sifet lia l cv f karim.b@example.com wla 3ayet 0612345678");

        Assert.That(signals.PiiCount, Is.EqualTo(2));
        Assert.That(signals.PiiKinds, Is.EquivalentTo(new[] { "email", "phone" }));
    }

    [Test]
    public void Measure_LinkPlaceholder_HasNoLetters()
    {
        Assert.That(Measure("https://example.com/watch?v=1 🔥").Letters, Is.Zero);
    }
}
