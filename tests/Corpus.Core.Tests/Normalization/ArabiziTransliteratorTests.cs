using Corpus.Core.Normalization;

namespace Corpus.Core.Tests.Normalization;

[TestFixture]
public sealed class ArabiziTransliteratorTests
{
    [TestCase("wach nta bikhir", "واش نتا بيخير")]
    [TestCase("3afak", "عافاك")]
    [TestCase("9lbi", "قلبي")]
    [TestCase("ch7al", "شحال")]
    [TestCase("kharjin", "خارجين")]
    [TestCase("ghadi", "غادي")]
    [TestCase("xofi", "شوفي")]
    [TestCase("l5ir", "لخير")]
    [TestCase("l5ata2", "لخاتاء")]
    [TestCase("t2akdt", "تأكدت")]
    [TestCase("l2omor", "لأمور")]
    [TestCase("ana", "أنا")]
    [TestCase("ila", "إلا")]
    [TestCase("nher", "نهر")]
    [TestCase("dyal", "ديال")]
    [TestCase("lah ykhlik", "الله يخليك")]
    [TestCase("inchallah", "إن شاء الله")]
    public void Transliterate_CommonWords_FollowTheConvention(string latin, string expected) =>
        Assert.That(ArabiziTransliterator.Transliterate(latin), Is.EqualTo(expected));

    [TestCase("7mam", "حمام")]
    [TestCase("7mmam", "حمّام")]
    [TestCase("bzzaf", "بزّاف")]
    [TestCase("chchef", "شّف")]
    public void Transliterate_DoubledConsonant_GetsShadda(string latin, string expected) =>
        Assert.That(ArabiziTransliterator.Transliterate(latin), Is.EqualTo(expected));

    [TestCase("mSa", "مصا")]
    [TestCase("Drb", "درب")]
    [TestCase("mriD", "مريض")]
    [TestCase("baTaTa", "باطاطا")]
    [TestCase("WACH", "واش")]
    public void Transliterate_CapitalInsideWord_IsEmphatic(string latin, string expected) =>
        Assert.That(ArabiziTransliterator.Transliterate(latin), Is.EqualTo(expected));

    [TestCase("g v p", "ڭ ڤ پ")]
    [TestCase("gal", "ڭال")]
    public void Transliterate_DarijaLetters_AreUsed(string latin, string expected) =>
        Assert.That(ArabiziTransliterator.Transliterate(latin), Is.EqualTo(expected));

    [Test]
    public void Normalize_WithGafChosenAsTheDarijaG_TransliteratesGWithGaf()
    {
        var options = new NormalizationOptions(NormalizationOptions.Gaf);
        Assert.That(TextNormalizer.Normalize("wach galt lik", TextKind.Text, options).Arabic, Is.EqualTo("واش گالت ليك"));
    }

    [TestCase("ana f café m3a sahbi", "أنا ف café معا صاحبي")]
    [TestCase("bghit nchri telephone 3la 2000 dh", "بغيت نشري telephone علا 2000 dh")]
    [TestCase("chof had la situation", "شوف هاد la situation")]
    [TestCase("wach chefti TV?", "واش شفتي TV؟")]
    [TestCase("<URL> wach", "<URL> واش")]
    public void Transliterate_FrenchWordsNumbersAndPlaceholders_StayInLatin(string latin, string expected) =>
        Assert.That(ArabiziTransliterator.Transliterate(latin), Is.EqualTo(expected));

    [Test]
    public void Normalize_ArabiziText_KeepsTheLatinDisplayBesideTheArabic()
    {
        var normalized = TextNormalizer.Normalize("wach nta bikhir", TextKind.Text);
        Assert.That(normalized.IsArabizi, Is.True);
        Assert.That(normalized.Display, Is.EqualTo("wach nta bikhir"));
        Assert.That(normalized.Arabic, Is.EqualTo("واش نتا بيخير"));
    }

    [Test]
    public void Normalize_FrenchText_HasNoArabic()
    {
        var normalized = TextNormalizer.Normalize("Je suis très content de te voir.", TextKind.Text);
        Assert.That(normalized.IsArabizi, Is.False);
        Assert.That(normalized.Arabic, Is.Null);
    }
}
