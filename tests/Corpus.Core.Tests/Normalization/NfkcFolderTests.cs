using Corpus.Core.Normalization;

namespace Corpus.Core.Tests.Normalization;

[TestFixture]
public sealed class NfkcFolderTests
{
    [TestCase("\uFEF5", "\u0644\u0622")]
    [TestCase("\uFB8E\uFB8F", "\u06A9\u06A9")]
    [TestCase("x\u00B2 \u2026 \uFB01", "x2 ... fi")]
    [TestCase("\u0648\u0654", "\u0624")]
    [TestCase("\u0627\u064E\u0654", "\u0623\u064E")]
    [TestCase("e\u0323\u0302", "\u1EC7")]
    [TestCase("\u0628\u0654", "\u0628\u0654")]
    [TestCase("\U0001F600 abc", "\U0001F600 abc")]
    public void Fold_Text_MatchesUnicodeNfkc(string text, string expected) =>
        Assert.That(NfkcFolder.Fold(text), Is.EqualTo(expected));
}
