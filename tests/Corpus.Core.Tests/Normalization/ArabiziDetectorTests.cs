using Corpus.Core.Normalization;
using Corpus.Testing;

namespace Corpus.Core.Tests.Normalization;

[TestFixture]
public sealed class ArabiziDetectorTests
{
    [TestCase("3afak")]
    [TestCase("m3a")]
    [TestCase("9lbi")]
    [TestCase("ch7al")]
    [TestCase("s2al")]
    [TestCase("ta3")]
    [TestCase("l5ir")]
    [TestCase("wach")]
    [TestCase("bikhir")]
    [TestCase("mabghitch")]
    [TestCase("kanbghik")]
    [TestCase("lkora")]
    [TestCase("ndir")]
    [TestCase("mchiti")]
    [TestCase("l'3id")]
    public void IsArabiziToken_DarijaWord_IsDetected(string token) => Assert.That(ArabiziDetector.IsArabiziToken(token), Is.True);

    [TestCase("bonjour")]
    [TestCase("the")]
    [TestCase("street")]
    [TestCase("match")]
    [TestCase("machine")]
    [TestCase("j'ai")]
    [TestCase("2024")]
    [TestCase("12/05/2024")]
    [TestCase("99dh")]
    [TestCase("7h30")]
    [TestCase("2eme")]
    [TestCase("5G")]
    [TestCase("3D")]
    [TestCase("mp3")]
    [TestCase("covid19")]
    [TestCase("b4")]
    [TestCase("3ans")]
    [TestCase("had")]
    [TestCase("sir")]
    public void IsArabiziToken_FrenchEnglishNumbersDatesPrices_AreNotDetected(string token) =>
        Assert.That(ArabiziDetector.IsArabiziToken(token), Is.False);

    [TestCase("wach nta bikhir", true)]
    [TestCase("salam khoya, kidayr? ana mzyan hamdullah", true)]
    [TestCase("King 👑 ta3amol m3a bnadem f tik tok", true)]
    [TestCase("Je suis allé au marché pour 3 euros", false)]
    [TestCase("I paid 300dh on 12/05/2024 at 7h30", false)]
    [TestCase("Repose en paix petit Ange", false)]
    [TestCase("C'est la fin du match, bravo", false)]
    [TestCase("malk makatjawbch 3la telephone", true)]
    [TestCase("واش نتا بخير", false)]
    public void IsArabiziText_Sentence_IsJudgedByItsWords(string text, bool expected) =>
        Assert.That(ArabiziDetector.IsArabiziText(text), Is.EqualTo(expected));

    [TestCase("text/tatoeba_fra_dev.txt")]
    [TestCase("text/tatoeba_eng_dev.txt")]
    [TestCase("text/tatoeba_ara_dev.txt")]
    public void Normalize_FrenchEnglishAndArabicSentences_AreAlmostNeverArabizi(string file)
    {
        var lines = File.ReadAllLines(TestPaths.RequireSharedFile(file)).Where(line => line.Length > 0).ToList();
        var flagged = lines.Count(line => TextNormalizer.Normalize(line, TextKind.Text).IsArabizi);
        TestContext.Out.WriteLine($"{file}: {flagged} of {lines.Count} taken for Arabizi");
        Assert.That(flagged, Is.LessThanOrEqualTo(lines.Count / 100));
    }
}
