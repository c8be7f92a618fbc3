namespace Corpus.Core.Export.Card;

/// <summary>How many texts and clips share one value of a field (a script, a region, a gender...).</summary>
internal sealed record BreakdownRow(string Label, int Texts, int Clips, long DurationMs)
{
    public double Hours => CardNumbers.HoursOf(DurationMs);
}
