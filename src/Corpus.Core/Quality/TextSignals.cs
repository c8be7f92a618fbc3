namespace Corpus.Core.Quality;

/// <summary>Everything measured on a text (DESIGN.md §4), kept whether or not it raised a flag.</summary>
/// <param name="Characters">Length of the display form.</param>
/// <param name="Words">Words of the match key.</param>
/// <param name="Letters">Letters in the display form, outside placeholders such as &lt;URL&gt;.</param>
/// <param name="LetterWordShare">Share of words (emoji-only tokens and placeholders aside) containing a letter.</param>
/// <param name="TopBigramShare">Share of word characters covered by the most repeated word 2-gram (0 when none repeats).</param>
/// <param name="DuplicateLineShare">Share of non-empty lines that repeat an earlier line.</param>
/// <param name="DarijaMarkers">Darija marker words found (DESIGN.md §4 list and close spellings, both scripts).</param>
/// <param name="PiiCount">Phone numbers, e-mail addresses and ID numbers the normalizer replaced.</param>
/// <param name="PiiKinds">Which of those kinds were found, e.g. "phone".</param>
/// <param name="EmojiShare">Emoji among the visible characters.</param>
public sealed record TextSignals(
    int Characters,
    int Words,
    int Letters,
    double LetterWordShare,
    double TopBigramShare,
    double TopTrigramShare,
    double TopFourgramShare,
    double DuplicateLineShare,
    int DarijaMarkers,
    int PiiCount,
    IReadOnlyList<string> PiiKinds,
    double EmojiShare);
