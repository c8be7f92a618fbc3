namespace Corpus.Core.Export.Card;

/// <summary>One SVG chart of the dataset card: where it goes in the release, its caption and its text.</summary>
public sealed record CardChart(string Path, string Title, string Svg);
