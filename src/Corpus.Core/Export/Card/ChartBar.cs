namespace Corpus.Core.Export.Card;

/// <summary>One bar of a chart and the text printed beside it.</summary>
internal sealed record ChartBar(string Label, double Value, string ValueText);
