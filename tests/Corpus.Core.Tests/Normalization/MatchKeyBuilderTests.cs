using Corpus.Core.Normalization;

namespace Corpus.Core.Tests.Normalization;

[TestFixture]
public sealed class MatchKeyBuilderTests
{
    [TestCase("أنا إلى آش ٱلله", "انا الي اش الله")]
    [TestCase("مدرسة كبيرة", "مدرسه كبيره")]
    [TestCase("ڭاع ڤيديو پاپا", "كاع فيديو بابا")]
    [TestCase("Wach NTA Bikhir", "wach nta bikhir")]
    [TestCase("3afak 7mmam 2024", "0afak 0mmam 0000")]
    [TestCase("واش؟! نتا، بخير...", "واش نتا بخير")]
    [TestCase("Été à l'école", "ete a l ecole")]
    [TestCase("زوين 😂❤ بزاف", "زوين بزاف")]
    [TestCase("", "")]
    public void MatchKey_DisplayForm_FoldsAsDesigned(string display, string expected) =>
        Assert.That(TextNormalizer.MatchKey(display), Is.EqualTo(expected));

    [Test]
    public void MatchKey_SpellingVariantsOfOneSentence_AreEqual()
    {
        var first = TextNormalizer.Normalize("أنا ڭالس فالمدرسة!", TextKind.Text).Key;
        var second = TextNormalizer.Normalize("انا گالس فالمدرسه", TextKind.Text).Key;
        Assert.That(first, Is.EqualTo(second));
    }

    [Test]
    public void MatchKey_OfDiacritizedText_EqualsKeyOfBareText() =>
        Assert.That(TextNormalizer.Normalize("كَتَبَ", TextKind.Text).Key, Is.EqualTo(TextNormalizer.Normalize("كتب", TextKind.Text).Key));
}
