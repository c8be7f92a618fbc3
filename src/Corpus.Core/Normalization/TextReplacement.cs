namespace Corpus.Core.Normalization;

/// <summary>How many times one kind of change (url, phone, emoji, diacritics, ...) was made to a text.</summary>
public sealed record TextReplacement(string Kind, int Count);
