using Corpus.Core.Export;
using Corpus.Core.Export.Formats;

namespace Corpus.Core.Tests.Export.Formats;

[TestFixture]
public sealed class TextParquetWriterTests
{
    [Test]
    public async Task WriteAsync_EveryScriptAndControlCharacter_RoundTripsThroughTheParquetReader()
    {
        var rows = ReleaseRowSamples.TextRows();
        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync(rows));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await file.StringsAsync("id"), Is.EqualTo(rows.Select(r => r.Id)));
            Assert.That(await file.StringsAsync("kind"), Is.EqualTo(rows.Select(r => r.Kind)));
            Assert.That(await file.StringsAsync("split"), Is.EqualTo(rows.Select(r => r.Split)));
            Assert.That(await file.StringsAsync("text"), Is.EqualTo(ReleaseRowSamples.Texts));
            Assert.That(await file.StringsAsync("text_arabic"), Is.EqualTo(rows.Select(r => r.TextArabic)));
            Assert.That(await file.StringsAsync("script"), Is.EqualTo(rows.Select(r => r.Script)));
            Assert.That(await file.StringsAsync("language"), Is.EqualTo(rows.Select(r => r.Language)));
            Assert.That(await file.NullableValuesAsync<double>("language_probability"), Is.EqualTo(rows.Select(r => r.LanguageProbability)));
            Assert.That(await file.ValuesAsync<double>("quality_score"), Is.EqualTo(rows.Select(r => r.QualityScore)));
            Assert.That(await file.StringsAsync("source_group"), Is.EqualTo(rows.Select(r => r.SourceGroup)));
            Assert.That(await file.StringsAsync("source"), Is.EqualTo(rows.Select(r => r.Source)));
            Assert.That(await file.StringsAsync("licence"), Is.EqualTo(rows.Select(r => r.Licence)));
            Assert.That(await file.StringsAsync("platform"), Is.EqualTo(rows.Select(r => r.Platform)));
            Assert.That(await file.StringsAsync("region"), Is.EqualTo(rows.Select(r => r.Region)));
            Assert.That(await file.StringsAsync("gender"), Is.EqualTo(rows.Select(r => r.Gender)));
            Assert.That(await file.StringsAsync("age_bracket"), Is.EqualTo(rows.Select(r => r.AgeBracket)));
        });
    }

    [Test]
    public async Task WriteAsync_Schema_IsNullableExactlyWhereTheRowIs()
    {
        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync(ReleaseRowSamples.TextRows()));

        var nullable = file.Reader.Schema.GetDataFields().Where(f => f.IsNullable).Select(f => f.Name);
        Assert.That(nullable, Is.EquivalentTo(new[]
        {
            "text_arabic", "language", "language_probability", "source", "licence", "platform", "region", "gender", "age_bracket",
        }));
    }

    [Test]
    public async Task WriteAsync_HuggingFaceMetadata_TypesEveryColumn()
    {
        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync(ReleaseRowSamples.TextRows()));

        var features = HuggingFaceFeatures.Of(file);
        var dtypes = features.ToDictionary(f => f.Key, f => HuggingFaceFeatures.Dtype(f.Value));
        Assert.That(features.Keys, Is.EqualTo(file.Reader.Schema.GetDataFields().Select(f => f.Name)));
        Assert.That(dtypes["text"], Is.EqualTo("string"));
        Assert.That(dtypes["text_arabic"], Is.EqualTo("string"));
        Assert.That(dtypes["language_probability"], Is.EqualTo("float64"));
        Assert.That(dtypes["quality_score"], Is.EqualTo("float64"));
        Assert.That(dtypes.Values, Is.All.AnyOf("string", "float64"));
    }

    [Test]
    public async Task WriteAsync_SameRowsTwice_GivesIdenticalBytes() =>
        Assert.That(await WriteAsync(ReleaseRowSamples.TextRows()), Is.EqualTo(await WriteAsync(ReleaseRowSamples.TextRows())));

    [Test]
    public async Task WriteAsync_MoreRowsThanAGroupHolds_SplitsIntoBoundedRowGroups()
    {
        var rows = Enumerable.Range(0, 12).Select(i => ReleaseRowSamples.Text($"02{i:D2}", $"jomla {i}")).ToList();

        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync(rows, rowsPerGroup: 5));

        Assert.That(file.Reader.RowGroups.Select(g => g.RowCount), Is.EqualTo(new long[] { 5, 5, 2 }));
        Assert.That(await file.StringsAsync("text"), Is.EqualTo(rows.Select(r => r.Text)));
    }

    [Test]
    public async Task WriteAsync_NoRows_WritesAReadableFileWithTheSchemaAndNoRows()
    {
        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync([]));

        Assert.That(file.Reader.Schema.GetDataFields(), Has.Length.EqualTo(16));
        Assert.That(await file.StringsAsync("id"), Is.Empty);
    }

    private static async Task<byte[]> WriteAsync(IEnumerable<ReleaseTextRow> rows, int rowsPerGroup = TextParquetWriter.DefaultRowsPerGroup)
    {
        using var output = new MemoryStream();
        await TextParquetWriter.WriteAsync(output, rows, rowsPerGroup, CancellationToken.None);
        return output.ToArray();
    }
}
