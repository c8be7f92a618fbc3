namespace Corpus.Core.Audio;

/// <summary>Counts the words and the letters/digits of a prompt, for speech-rate checks.</summary>
internal static class PromptText
{
    public static (int Words, int Chars) Count(string text)
    {
        int words = 0, chars = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            if (!char.IsLetterOrDigit(c)) continue;
            chars++;
            if (!inWord) words++;
            inWord = true;
        }
        return (words, chars);
    }
}
