namespace Corpus.Core.Normalization;

/// <summary>Word boundaries for Latin-script text: letters, ASCII digits and inner apostrophes.</summary>
internal static class LatinWords
{
    public static bool IsWordChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
        || ScriptDetector.OfChar(c) == TextScript.Latin;

    public static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && (IsWordChar(text[end]) || IsInnerApostrophe(text, end))) end++;
        return end;
    }

    public static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is not ('\'' or >= '0' and <= '9')) return true;
        }
        return false;
    }

    private static bool IsInnerApostrophe(ReadOnlySpan<char> text, int index) =>
        text[index] is '\'' or '’' && index + 1 < text.Length && IsWordChar(text[index + 1]) && index > 0 && IsWordChar(text[index - 1]);
}
