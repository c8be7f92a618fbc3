namespace Corpus.Core.Normalization;

/// <summary>Choices a deployment may make about the display form; the defaults follow DESIGN.md §3.</summary>
public sealed class NormalizationOptions
{
    public const char KafWithThreeDots = '\u06AD';   // ڭ
    public const char Gaf = '\u06AF';                // گ
    public const char KafWithDotAbove = '\u0763';    // ݣ

    public static NormalizationOptions Default { get; } = new();

    public NormalizationOptions(char darijaG = KafWithThreeDots)
    {
        if (darijaG is not (KafWithThreeDots or Gaf or KafWithDotAbove))
        {
            throw new ArgumentOutOfRangeException(nameof(darijaG), darijaG,
                "The Darija \"g\" letter must be one of ڭ (U+06AD), گ (U+06AF) or ݣ (U+0763).");
        }
        DarijaG = darijaG;
    }

    /// <summary>The single letter that ݣ, ڭ and گ are all written as in the display form.</summary>
    public char DarijaG { get; }
}
