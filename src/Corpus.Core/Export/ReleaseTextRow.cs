namespace Corpus.Core.Export;

/// <summary>One text or social item as it appears in a release (text/{split}.jsonl and .parquet).</summary>
public sealed record ReleaseTextRow
{
    public required string Id { get; init; }
    /// <summary><c>text</c> or <c>social</c>.</summary>
    public required string Kind { get; init; }
    public required string Split { get; init; }
    /// <summary>The normalized display form, with personal data replaced by placeholders.</summary>
    public required string Text { get; init; }
    /// <summary>Arabic-script transliteration when the text is Arabizi, else null.</summary>
    public string? TextArabic { get; init; }
    /// <summary>arabic, latin, mixed, tifinagh or other.</summary>
    public required string Script { get; init; }
    public string? Language { get; init; }
    public double? LanguageProbability { get; init; }
    public required double QualityScore { get; init; }
    /// <summary>Pseudonymous group the split is drawn from (author or contributor); never an account id.</summary>
    public required string SourceGroup { get; init; }
    public string? Source { get; init; }
    public string? Licence { get; init; }
    public string? Platform { get; init; }
    public string? Region { get; init; }
    public string? Gender { get; init; }
    public string? AgeBracket { get; init; }
}
