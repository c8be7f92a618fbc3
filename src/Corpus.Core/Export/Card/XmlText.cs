using System.Text;

namespace Corpus.Core.Export.Card;

/// <summary>Text made safe for XML content and attribute values.</summary>
internal static class XmlText
{
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                // XML 1.0 forbids most control characters, lone surrogates and U+FFFE/U+FFFF outright.
                _ when char.IsControl(c) => " ",
                _ when char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ => c.ToString(),
            });
        }
        return result.ToString();
    }
}
