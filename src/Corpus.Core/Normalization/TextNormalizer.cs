using System.Text;
using System.Text.Unicode;

namespace Corpus.Core.Normalization;

/// <summary>
/// The text normalizers (DESIGN.md §3): display form, match key, sentence segments, script,
/// Arabizi transliteration and social-post cleaning. Pure and safe to call from many threads.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Stored with every output; bumped whenever any output for the same input changes.</summary>
    public const string Version = "norm-2";

    /// <summary>Every normalized form of a raw text, with the default options.</summary>
    public static NormalizedText Normalize(string raw, TextKind kind) => Normalize(raw, kind, NormalizationOptions.Default);

    /// <summary>Every normalized form of a raw text.</summary>
    public static NormalizedText Normalize(string raw, TextKind kind, NormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(options);
        var tally = new ReplacementTally();
        var display = DisplayForm.Build(raw, kind, options.DarijaG, tally);
        var script = ScriptDetector.OfText(display);
        var isArabizi = script is TextScript.Latin or TextScript.Mixed && ArabiziDetector.IsArabiziText(display);
        return new NormalizedText(
            display,
            MatchKey(display),
            ScriptDetector.Name(script),
            SentenceSplitter.Split(display),
            isArabizi ? ArabiziTransliterator.Transliterate(display, options) : null,
            tally.ToList(),
            isArabizi,
            Version);
    }

    /// <summary>The display form only (the fast path), with the default options.</summary>
    public static string Display(string raw, TextKind kind) => Display(raw, kind, NormalizationOptions.Default);

    /// <summary>The display form only (the fast path).</summary>
    public static string Display(string raw, TextKind kind, NormalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(options);
        return DisplayForm.Build(raw, kind, options.DarijaG, new ReplacementTally());
    }

    /// <summary>The match key of a display form: folded letters, lower case, digits as 0, no punctuation.</summary>
    public static string MatchKey(string display)
    {
        ArgumentNullException.ThrowIfNull(display);
        return MatchKeyBuilder.Build(display);
    }

    /// <summary>Decodes UTF-8 bytes; false (and an empty text) when they are not valid UTF-8.</summary>
    public static bool TryDecodeUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        if (!Utf8.IsValid(bytes))
        {
            text = "";
            return false;
        }
        text = Encoding.UTF8.GetString(bytes);
        return true;
    }
}
