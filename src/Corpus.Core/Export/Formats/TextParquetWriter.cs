namespace Corpus.Core.Export.Formats;

/// <summary>Writes text/{split}.parquet with the same columns as the JSONL file.</summary>
internal static class TextParquetWriter
{
    public const int DefaultRowsPerGroup = 50_000;

    public static Task WriteAsync(Stream output, IEnumerable<ReleaseTextRow> rows, CancellationToken ct) =>
        WriteAsync(output, rows, DefaultRowsPerGroup, ct);

    public static async Task WriteAsync(Stream output, IEnumerable<ReleaseTextRow> rows, int rowsPerGroup, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowsPerGroup);
        await using var file = await ReleaseParquetFile<ReleaseTextRow>.CreateAsync(output, CreateColumns(), ct);
        foreach (var group in rows.Chunk(rowsPerGroup)) await file.WriteRowGroupAsync(group, ct);
    }

    // Built per file: Parquet.Net records each field's place in the schema on the field itself.
    private static ParquetColumn<ReleaseTextRow>[] CreateColumns() =>
    [
        new StringColumn<ReleaseTextRow>("id", r => r.Id, nullable: false),
        new StringColumn<ReleaseTextRow>("kind", r => r.Kind, nullable: false),
        new StringColumn<ReleaseTextRow>("split", r => r.Split, nullable: false),
        new StringColumn<ReleaseTextRow>("text", r => r.Text, nullable: false),
        new StringColumn<ReleaseTextRow>("text_arabic", r => r.TextArabic, nullable: true),
        new StringColumn<ReleaseTextRow>("script", r => r.Script, nullable: false),
        new StringColumn<ReleaseTextRow>("language", r => r.Language, nullable: true),
        new NullableValueColumn<ReleaseTextRow, double>("language_probability", r => r.LanguageProbability),
        new ValueColumn<ReleaseTextRow, double>("quality_score", r => r.QualityScore),
        new StringColumn<ReleaseTextRow>("source_group", r => r.SourceGroup, nullable: false),
        new StringColumn<ReleaseTextRow>("source", r => r.Source, nullable: true),
        new StringColumn<ReleaseTextRow>("licence", r => r.Licence, nullable: true),
        new StringColumn<ReleaseTextRow>("platform", r => r.Platform, nullable: true),
        new StringColumn<ReleaseTextRow>("region", r => r.Region, nullable: true),
        new StringColumn<ReleaseTextRow>("gender", r => r.Gender, nullable: true),
        new StringColumn<ReleaseTextRow>("age_bracket", r => r.AgeBracket, nullable: true),
    ];
}
