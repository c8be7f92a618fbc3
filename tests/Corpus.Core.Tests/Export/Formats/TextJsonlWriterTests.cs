using System.Text;
using System.Text.Json;
using Corpus.Core.Export;
using Corpus.Core.Export.Formats;

namespace Corpus.Core.Tests.Export.Formats;

[TestFixture]
public sealed class TextJsonlWriterTests
{
    private static readonly string[] Keys =
    [
        "id", "kind", "split", "text", "text_arabic", "script", "language", "language_probability",
        "quality_score", "source_group", "source", "licence", "platform", "region", "gender", "age_bracket",
    ];

    [Test]
    public async Task WriteAsync_EveryScriptAndControlCharacter_RoundTripsThroughAJsonParser()
    {
        var rows = ReleaseRowSamples.TextRows();
        var lines = Lines(await WriteAsync(rows));

        Assert.That(lines, Has.Length.EqualTo(rows.Count));
        for (var i = 0; i < rows.Count; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var row = rows[i];
            var o = json.RootElement;
            Assert.Multiple(() =>
            {
                Assert.That(o.EnumerateObject().Select(p => p.Name), Is.EqualTo(Keys));
                Assert.That(o.GetProperty("id").GetString(), Is.EqualTo(row.Id));
                Assert.That(o.GetProperty("kind").GetString(), Is.EqualTo(row.Kind));
                Assert.That(o.GetProperty("split").GetString(), Is.EqualTo(row.Split));
                Assert.That(o.GetProperty("text").GetString(), Is.EqualTo(row.Text));
                Assert.That(o.GetProperty("text_arabic").GetString(), Is.EqualTo(row.TextArabic));
                Assert.That(o.GetProperty("script").GetString(), Is.EqualTo(row.Script));
                Assert.That(o.GetProperty("language").GetString(), Is.EqualTo(row.Language));
                Assert.That(NullableDouble(o.GetProperty("language_probability")), Is.EqualTo(row.LanguageProbability));
                Assert.That(o.GetProperty("quality_score").GetDouble(), Is.EqualTo(row.QualityScore));
                Assert.That(o.GetProperty("source_group").GetString(), Is.EqualTo(row.SourceGroup));
                Assert.That(o.GetProperty("source").GetString(), Is.EqualTo(row.Source));
                Assert.That(o.GetProperty("licence").GetString(), Is.EqualTo(row.Licence));
                Assert.That(o.GetProperty("platform").GetString(), Is.EqualTo(row.Platform));
                Assert.That(o.GetProperty("region").GetString(), Is.EqualTo(row.Region));
                Assert.That(o.GetProperty("gender").GetString(), Is.EqualTo(row.Gender));
                Assert.That(o.GetProperty("age_bracket").GetString(), Is.EqualTo(row.AgeBracket));
            });
        }
    }

    [Test]
    public async Task WriteAsync_MissingValues_AreJsonNulls()
    {
        var line = Lines(await WriteAsync([ReleaseRowSamples.Text("01X", "salam")])).Single();

        using var json = JsonDocument.Parse(line);
        foreach (var key in new[] { "text_arabic", "language", "language_probability", "source", "licence", "platform", "region", "gender", "age_bracket" })
            Assert.That(json.RootElement.GetProperty(key).ValueKind, Is.EqualTo(JsonValueKind.Null), key);
    }

    [Test]
    public async Task WriteAsync_TextWithLineBreaks_StaysOneObjectPerLineForEveryLineSplitter()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync([ReleaseRowSamples.Text("01E", ReleaseRowSamples.Breaks)]));

        // Python's str.splitlines also breaks on these; none of them may appear raw.
        Assert.That(text.IndexOfAny(['\r', '\t', '\u0085', '\u2028', '\u2029', '\v', '\f']), Is.EqualTo(-1));
        Assert.That(text.Count(c => c == '\n'), Is.EqualTo(1));
        Assert.That(text, Does.EndWith("}\n"));
    }

    [Test]
    public async Task WriteAsync_NonLatinText_IsWrittenAsUtf8CharactersNotEscapes()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(ReleaseRowSamples.TextRows()));

        Assert.That(text, Does.Contain(ReleaseRowSamples.ArabicScript));
        Assert.That(text, Does.Contain(ReleaseRowSamples.Arabizi));
        Assert.That(text, Does.Contain(ReleaseRowSamples.Tifinagh));
        Assert.That(text, Does.Contain(ReleaseRowSamples.Emoji));
        Assert.That(text, Does.Contain("Casablanca-Settat"));
        Assert.That(text, Does.Not.Contain("\\ud8").IgnoreCase);
    }

    [Test]
    public async Task WriteAsync_Doubles_UseInvariantShortestRoundTripForm()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(ReleaseRowSamples.TextRows()));

        Assert.That(text, Does.Contain("\"language_probability\":0.30000000000000004,"));
        Assert.That(text, Does.Contain("\"language_probability\":1,"));
        Assert.That(text, Does.Contain("\"quality_score\":1E-07,"));
    }

    [Test]
    public void WriteAsync_NaNScore_IsRefusedRatherThanWrittenAsInvalidJson()
    {
        var row = ReleaseRowSamples.Text("01N", "salam") with { QualityScore = double.NaN };

        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => WriteAsync([row]));
    }

    [Test]
    public async Task WriteAsync_SameRowsTwice_GivesIdenticalBytesWithoutBom()
    {
        var first = await WriteAsync(ReleaseRowSamples.TextRows());
        var second = await WriteAsync(ReleaseRowSamples.TextRows());

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first[0], Is.EqualTo((byte)'{'));
    }

    [Test]
    public async Task WriteAsync_NoRows_WritesAnEmptyFile() =>
        Assert.That(await WriteAsync([]), Is.Empty);

    private static string[] Lines(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.EndWith("\n"));
        return text[..^1].Split('\n');
    }

    private static double? NullableDouble(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();

    private static async Task<byte[]> WriteAsync(IEnumerable<ReleaseTextRow> rows)
    {
        using var output = new MemoryStream();
        await TextJsonlWriter.WriteAsync(output, rows, CancellationToken.None);
        return output.ToArray();
    }
}
