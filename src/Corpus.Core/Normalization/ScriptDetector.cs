namespace Corpus.Core.Normalization;

/// <summary>Script detection per token and per text: Arabic, Latin, Tifinagh (U+2D30-2D7F) or mixed.</summary>
public static class ScriptDetector
{
    /// <summary>A text is "mixed" when its second script holds at least this share of its letters.</summary>
    public const double MixedShare = 0.2;

    /// <summary>The script of one token: the only script among its letters, Mixed for several, None for none.</summary>
    public static TextScript OfToken(ReadOnlySpan<char> token)
    {
        var counts = Count(token);
        var scripts = (counts.Arabic > 0 ? 1 : 0) + (counts.Latin > 0 ? 1 : 0) + (counts.Tifinagh > 0 ? 1 : 0);
        if (scripts > 1) return TextScript.Mixed;
        return counts.Dominant;
    }

    /// <summary>The script of a text by its letters; placeholders such as &lt;URL&gt; are not counted.</summary>
    public static TextScript OfText(ReadOnlySpan<char> text)
    {
        var counts = Count(text);
        var total = counts.Arabic + counts.Latin + counts.Tifinagh;
        if (total == 0) return TextScript.None;
        var largest = Math.Max(counts.Arabic, Math.Max(counts.Latin, counts.Tifinagh));
        return total - largest >= MixedShare * total ? TextScript.Mixed : counts.Dominant;
    }

    /// <summary>The lower-case name stored with a normalized text: "arabic", "latin", "tifinagh", "mixed", "none".</summary>
    public static string Name(TextScript script) => script switch
    {
        TextScript.Arabic => "arabic",
        TextScript.Latin => "latin",
        TextScript.Tifinagh => "tifinagh",
        TextScript.Mixed => "mixed",
        _ => "none",
    };

    public static TextScript OfChar(char c) => c switch
    {
        >= 'a' and <= 'z' or >= 'A' and <= 'Z' => TextScript.Latin,
        >= '\u00C0' and <= '\u024F' when c is not ('\u00D7' or '\u00F7') => TextScript.Latin,
        >= '\u1E00' and <= '\u1EFF' => TextScript.Latin,
        >= '\u0620' and <= '\u064A' or >= '\u066E' and <= '\u06D3' or '\u06D5' or >= '\u06FA' and <= '\u06FF'
            or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08C9' => TextScript.Arabic,
        >= '\u2D30' and <= '\u2D7F' => TextScript.Tifinagh,
        _ => TextScript.None,
    };

    private static ScriptCounts Count(ReadOnlySpan<char> text)
    {
        var counts = new ScriptCounts();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<' && Placeholders.LengthAt(text[i..]) is var length and > 0)
            {
                i += length - 1;
                continue;
            }
            switch (OfChar(c))
            {
                case TextScript.Arabic: counts.Arabic++; break;
                case TextScript.Latin: counts.Latin++; break;
                case TextScript.Tifinagh: counts.Tifinagh++; break;
            }
        }
        return counts;
    }

    private struct ScriptCounts
    {
        public int Arabic;
        public int Latin;
        public int Tifinagh;

        public readonly TextScript Dominant =>
            Arabic + Latin + Tifinagh == 0 ? TextScript.None
            : Arabic >= Latin && Arabic >= Tifinagh ? TextScript.Arabic
            : Latin >= Tifinagh ? TextScript.Latin
            : TextScript.Tifinagh;
    }
}
