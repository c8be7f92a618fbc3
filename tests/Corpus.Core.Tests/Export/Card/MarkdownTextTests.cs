using Corpus.Core.Export.Card;

namespace Corpus.Core.Tests.Export.Card;

[TestFixture]
public sealed class MarkdownTextTests
{
    [TestCase("0.75", "0.75")]
    [TestCase("casablanca-settat", "casablanca-settat")]
    [TestCase("1. first", "1\\. first")]
    [TestCase("- item", "\\- item")]
    [TestCase("+", "\\+")]
    [TestCase("a|b", "a\\|b")]
    [TestCase("line\nbreak\r\n", "line break")]
    [TestCase("**bold** `code` <i>", "\\*\\*bold\\*\\* \\`code\\` \\<i\\>")]
    [TestCase("back\\slash", "back\\\\slash")]
    public void Escape_Text_ReadsAsTheSamePlainText(string text, string expected)
    {
        Assert.That(MarkdownText.Escape(text), Is.EqualTo(expected));
    }
}
