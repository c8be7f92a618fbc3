using Corpus.Core.Normalization;

namespace Corpus.Core.Tests.Normalization;

[TestFixture]
public sealed class SentenceSplitterTests
{
    [TestCase("واش نتا بخير؟ انا مزيان. الحمد لله!", new[] { "واش نتا بخير؟", "انا مزيان.", "الحمد لله!" })]
    [TestCase("wach ja? la... mazal", new[] { "wach ja?", "la...", "mazal" })]
    [TestCase("شنو هادا؟واش بصح", new[] { "شنو هادا؟", "واش بصح" })]
    [TestCase("السطر الاول\nالسطر الثاني", new[] { "السطر الاول", "السطر الثاني" })]
    [TestCase("جملة۔ اخرى", new[] { "جملة۔", "اخرى" })]
    [TestCase("qalt lih \"safi!\" w mcha", new[] { "qalt lih \"safi!\"", "w mcha" })]
    public void Split_Terminators_EndSentences(string display, string[] expected) =>
        Assert.That(SentenceSplitter.Split(display), Is.EqualTo(expected));

    [TestCase("tman 3.5 dh f l7anout")]
    [TestCase("chof https://hespress.com/a.b?x=1!y daba")]
    [TestCase("chof www.site.ma/page؟id=2 daba")]
    [TestCase("l'version 2.0.1 khdama")]
    public void Split_NumbersAndWebAddresses_AreNeverCut(string display) =>
        Assert.That(SentenceSplitter.Split(display), Is.EqualTo(new[] { display }));

    [Test]
    public void Split_WebAddressFollowedByFullStop_EndsTheSentenceAfterIt() =>
        Assert.That(SentenceSplitter.Split("chof www.site.ma. safi"), Is.EqualTo(new[] { "chof www.site.ma.", "safi" }));

    [TestCase("")]
    [TestCase("...")]
    public void Split_NothingButTerminators_HasNoEmptySegments(string display) =>
        Assert.That(SentenceSplitter.Split(display), Has.None.Empty);

    [Test]
    public void Normalize_SocialPostWithUrl_SegmentsAroundTheToken()
    {
        var normalized = TextNormalizer.Normalize("chofo https://x.ma/a.b?c=1. ghzal bzaf!", TextKind.Social);
        Assert.That(normalized.Segments, Is.EqualTo(new[] { "chofo <URL>.", "ghzal bzaf!" }));
    }
}
