using Corpus.Core.Export;
using Corpus.Core.Export.Formats;

namespace Corpus.Core.Tests.Export.Formats;

[TestFixture]
public sealed class ClipParquetWriterTests
{
    private static readonly string[] Sentences = [.. ReleaseRowSamples.Texts];

    [Test]
    public async Task WriteAsync_Clips_StoresTheExactWavBytesAndFileNameInTheAudioStruct()
    {
        var clips = Clips(5);
        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync(clips));

        Assert.That(await file.BytesAsync("audio/bytes"), Is.EqualTo(clips.Select(c => ReleaseRowSamples.Wav(c.Id))));
        Assert.That(await file.StringsAsync("audio/path"), Is.EqualTo(clips.Select(c => c.Path)));
    }

    [Test]
    public async Task WriteAsync_Clips_RoundTripsTranscriptAndMetadataColumns()
    {
        var clips = Clips(5).Select((c, i) => c with { UpVotes = i, DownVotes = 10 - i, DurationMs = 40_000L * i, QualityScore = i / 3.0 }).ToList();
        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync(clips));

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await file.StringsAsync("id"), Is.EqualTo(clips.Select(c => c.Id)));
            Assert.That(await file.StringsAsync("client_id"), Is.EqualTo(clips.Select(c => c.ClientId)));
            Assert.That(await file.StringsAsync("sentence"), Is.EqualTo(Sentences));
            Assert.That(await file.ValuesAsync<int>("up_votes"), Is.EqualTo(clips.Select(c => c.UpVotes)));
            Assert.That(await file.ValuesAsync<int>("down_votes"), Is.EqualTo(clips.Select(c => c.DownVotes)));
            Assert.That(await file.StringsAsync("age"), Is.EqualTo(clips.Select(c => c.Age)));
            Assert.That(await file.StringsAsync("gender"), Is.EqualTo(clips.Select(c => c.Gender)));
            Assert.That(await file.StringsAsync("accents"), Is.EqualTo(clips.Select(c => c.Accents)));
            Assert.That(await file.StringsAsync("locale"), Is.EqualTo(clips.Select(c => c.Locale)));
            Assert.That(await file.StringsAsync("segment"), Is.EqualTo(clips.Select(c => c.Segment)));
            Assert.That(await file.ValuesAsync<long>("duration_ms"), Is.EqualTo(clips.Select(c => c.DurationMs)));
            Assert.That(await file.ValuesAsync<double>("quality_score"), Is.EqualTo(clips.Select(c => c.QualityScore)));
        });
    }

    [Test]
    public async Task WriteAsync_HuggingFaceMetadata_DeclaresAudioAndTypesEveryOtherColumn()
    {
        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync(Clips(2)));

        var features = HuggingFaceFeatures.Of(file);
        Assert.That(features.Keys, Is.EqualTo(file.Reader.Schema.Fields.Select(f => f.Name)));
        Assert.That(features["audio"].GetProperty("_type").GetString(), Is.EqualTo("Audio"));
        Assert.That(features["audio"].GetProperty("sampling_rate").GetInt32(), Is.EqualTo(16000));
        Assert.That(HuggingFaceFeatures.Dtype(features["sentence"]), Is.EqualTo("string"));
        Assert.That(HuggingFaceFeatures.Dtype(features["up_votes"]), Is.EqualTo("int32"));
        Assert.That(HuggingFaceFeatures.Dtype(features["duration_ms"]), Is.EqualTo("int64"));
        Assert.That(HuggingFaceFeatures.Dtype(features["quality_score"]), Is.EqualTo("float64"));
    }

    [Test]
    public async Task WriteAsync_SameClipsTwice_GivesIdenticalBytes() =>
        Assert.That(await WriteAsync(Clips(7)), Is.EqualTo(await WriteAsync(Clips(7))));

    [Test]
    public async Task WriteAsync_ManyClips_WritesRowGroupsOfBoundedSize()
    {
        var clips = Clips(600);
        await using var file = await ParquetTestFile.OpenAsync(await WriteAsync(clips));

        Assert.That(file.Reader.RowGroupCount, Is.GreaterThan(1));
        Assert.That(file.Reader.RowGroups.Select(g => g.RowCount), Is.All.LessThanOrEqualTo(ClipParquetWriter.DefaultClipsPerGroup));
        Assert.That(await file.StringsAsync("id"), Is.EqualTo(clips.Select(c => c.Id)));
    }

    [Test]
    public async Task WriteAsync_ManyClips_WritesEachGroupBeforeReadingTheNextGroupsAudio()
    {
        using var output = new MemoryStream();
        var outputLengthWhenOpened = new List<long>();
        var clips = Clips(250).Select(c => c with
        {
            OpenAudio = ct =>
            {
                outputLengthWhenOpened.Add(output.Length);
                return c.OpenAudio(ct);
            },
        });

        await ClipParquetWriter.WriteAsync(output, clips, clipsPerGroup: 100, CancellationToken.None);

        Assert.That(outputLengthWhenOpened, Has.Count.EqualTo(250));
        Assert.That(outputLengthWhenOpened[99], Is.EqualTo(outputLengthWhenOpened[0]));
        Assert.That(outputLengthWhenOpened[100], Is.GreaterThan(outputLengthWhenOpened[99] + 100 * 320));
        Assert.That(outputLengthWhenOpened[200], Is.GreaterThan(outputLengthWhenOpened[199] + 100 * 320));
    }

    private static List<ReleaseClipRow> Clips(int count) =>
        [.. Enumerable.Range(0, count).Select(i => ReleaseRowSamples.Clip($"05{i:D4}", Sentences[i % Sentences.Length]))];

    private static async Task<byte[]> WriteAsync(IEnumerable<ReleaseClipRow> clips)
    {
        using var output = new MemoryStream();
        await ClipParquetWriter.WriteAsync(output, clips, CancellationToken.None);
        return output.ToArray();
    }
}
