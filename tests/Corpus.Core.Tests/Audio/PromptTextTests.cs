using Corpus.Core.Audio;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class PromptTextTests
{
    [TestCase("شعل الضو عافاك", 3, 12)]
    [TestCase("  wakha, 3lach  bzaf?! ", 3, 14)]
    [TestCase("... !!", 0, 0)]
    public void Count_Prompt_CountsWordsAndLettersIgnoringPunctuation(string text, int words, int chars) =>
        Assert.That(PromptText.Count(text), Is.EqualTo((words, chars)));
}
