using Corpus.Core.Normalization;

namespace Corpus.Core.Tests.Normalization;

[TestFixture]
public sealed class ScriptDetectorTests
{
    [TestCase("مزيان", TextScript.Arabic)]
    [TestCase("3afak", TextScript.Latin)]
    [TestCase("Été", TextScript.Latin)]
    [TestCase("ⴰⵣⵓⵍ", TextScript.Tifinagh)]
    [TestCase("ok٪مزيان", TextScript.Mixed)]
    [TestCase("2024", TextScript.None)]
    [TestCase("😂", TextScript.None)]
    public void OfToken_Letters_GiveTheirScript(string token, TextScript expected) =>
        Assert.That(ScriptDetector.OfToken(token), Is.EqualTo(expected));

    [TestCase("واش نتا بخير", "arabic")]
    [TestCase("wach nta bikhir", "latin")]
    [TestCase("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ", "tifinagh")]
    [TestCase("انا bghit nmchi", "mixed")]
    [TestCase("اللي كيتحمل المسؤولية هو المدير ok", "arabic")]
    [TestCase("12 34 😂", "none")]
    [TestCase("", "none")]
    public void Normalize_Text_ReportsItsScript(string raw, string expected) =>
        Assert.That(TextNormalizer.Normalize(raw, TextKind.Text).Script, Is.EqualTo(expected));

    [Test]
    public void Normalize_ArabicPostWithPlaceholders_IsStillArabic() =>
        Assert.That(TextNormalizer.Normalize("شوفو هنا https://youtu.be/abcdefgh @someone", TextKind.Social).Script, Is.EqualTo("arabic"));
}
