namespace Corpus.Core.Normalization;

/// <summary>Every normalized form of one raw text, stamped with the normalizer version that made it.</summary>
/// <param name="Display">The display form (DESIGN.md §3 steps 1-10).</param>
/// <param name="Key">The match key used for duplicate detection, language identification and search.</param>
/// <param name="Script">"arabic", "latin", "tifinagh", "mixed" or "none".</param>
/// <param name="Segments">The display form split into sentences.</param>
/// <param name="Arabic">The Arabic-script transliteration when the text is mostly Arabizi, else null.</param>
/// <param name="Replacements">Changes made, by kind, only those that happened.</param>
/// <param name="IsArabizi">True when the text is Darija written in Latin letters.</param>
/// <param name="NormalizerVersion">The <see cref="TextNormalizer.Version"/> that produced these forms.</param>
public sealed record NormalizedText(
    string Display,
    string Key,
    string Script,
    IReadOnlyList<string> Segments,
    string? Arabic,
    IReadOnlyList<TextReplacement> Replacements,
    bool IsArabizi,
    string NormalizerVersion);
