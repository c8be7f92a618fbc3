using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Ingestion;
using Corpus.Testing;
using Dapper;

namespace Corpus.IntegrationTests.Processing;

[TestFixture]
public sealed class RecordingProcessingTests
{
    private const string Prompt = "شعل الضو عافاك";
    private TestServer _server = null!;
    private HttpClient _volunteer = null!;
    private string _work = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await TestServer.StartAsync();
        _volunteer = _server.Client((await _server.NewContributorAsync()).Token);
        _work = TestPaths.NewTempDirectory("corpus-rec");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _volunteer.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    private async Task<JsonElement> UploadAndProcessAsync(byte[] audio, string transcript)
    {
        return await Pipeline.ProcessedAsync(_volunteer, await Pipeline.PostRecordingAsync(_volunteer, audio, transcript));
    }

    [Test]
    public async Task CleanPromptedSpeech_IsAccepted_WithMeasurementsAndNormalizedAudio()
    {
        var speech = ExternalPrograms.Speech16k(_work, Prompt, voice: "ar", wordsPerMinute: 120);
        var item = await UploadAndProcessAsync(await File.ReadAllBytesAsync(speech), Prompt);
        var result = item.GetProperty("result");
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("accepted"), result.ToString());
        Assert.That(result.GetProperty("durationMs").GetInt64(), Is.GreaterThan(500));
        Assert.That(result.GetProperty("normalizedAudioSha256").GetString(), Has.Length.EqualTo(64));
        var measurements = result.GetProperty("audio").GetProperty("measurements");
        Assert.That(measurements.GetProperty("snrDb").GetDouble(), Is.GreaterThan(15));
        Assert.That(result.GetProperty("audioVersion").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task DigitalSilence_IsFlaggedAsNoSpeech_WithTheMeasuredValueInTheReason()
    {
        var silence = TestAudio.Wav(new byte[16_000 * 2 * 3], 16_000, 1, 16);
        var item = await UploadAndProcessAsync(silence, Prompt);
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("flagged"));
        Assert.That(Pipeline.Flag(item, "no_speech").GetProperty("reason").GetString(), Does.Match(@"\d+(\.\d+)? s of speech"));
        Assert.That(Pipeline.Flag(item, "peak_low").GetProperty("reason").GetString(), Does.Contain("dBFS"));
    }

    [Test]
    public async Task ClippedSpeech_IsFlaggedForClipping_WithTheMeasuredShare()
    {
        var speech = ExternalPrograms.Speech16k(_work, Prompt, voice: "ar", wordsPerMinute: 120);
        var clipped = Path.Combine(_work, "clipped.wav");
        ExternalPrograms.Run(Requires.Sox(), speech, clipped, "vol", "30dB");
        var item = await UploadAndProcessAsync(await File.ReadAllBytesAsync(clipped), Prompt);
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("flagged"));
        var clipping = Pipeline.Flag(item, "clipping");
        Assert.That(clipping.GetProperty("measured").GetDouble(), Is.GreaterThan(0));
        Assert.That(clipping.GetProperty("reason").GetString(), Does.Match(@"\d"));
    }

    [Test]
    public async Task WebmOpusUpload_IsDecodedThroughFfmpeg()
    {
        var speech = ExternalPrograms.Speech16k(_work, Prompt, voice: "ar", wordsPerMinute: 120);
        var webm = ExternalPrograms.Convert(speech, Path.Combine(_work, "clip.webm"), "-c:a", "libopus", "-b:a", "32k");
        var item = await UploadAndProcessAsync(await File.ReadAllBytesAsync(webm), Prompt);
        Assert.That(item.GetProperty("audio").GetProperty("format").GetString(), Is.EqualTo("webm"));
        var source = item.GetProperty("result").GetProperty("audio").GetProperty("source");
        Assert.That(source.GetProperty("container").GetString(), Is.EqualTo("WebM"));
        Assert.That(item.GetProperty("state").GetString(), Is.AnyOf("accepted", "flagged"));
    }

    [Test]
    public async Task LongFreeSpeech_IsSplitIntoSegmentsThatPointAtTheirParent()
    {
        var sentences = string.Join(". ", Enumerable.Range(0, 14).Select(i =>
            $"This is sentence number {i} of a long free speech recording, spoken slowly and clearly"));
        var speech = ExternalPrograms.Speech16k(_work, sentences, wordsPerMinute: 140);
        var item = await UploadAndProcessAsync(await File.ReadAllBytesAsync(speech), sentences);
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("processed"), item.GetProperty("result").ToString());

        await using var db = await _server.Database.OpenAsync();
        var children = (await db.QueryAsync<(string Id, long DurationMs)>(
            "SELECT id, audio_duration_ms FROM items WHERE parent_id = @Parent ORDER BY id", new { Parent = item.GetProperty("id").GetString() })).ToList();
        Assert.That(children, Has.Count.GreaterThan(1));
        Assert.That(children.Select(c => c.DurationMs), Is.All.InRange(1_000, 20_000));
        using var admin = _server.Admin();
        var child = await Pipeline.ProcessedAsync(admin, children[0].Id);
        Assert.That(child.GetProperty("parentId").GetString(), Is.EqualTo(item.GetProperty("id").GetString()));
        Assert.That(child.GetProperty("audio").GetProperty("sampleRate").GetInt32(), Is.EqualTo(16_000));
        Assert.That(child.GetProperty("state").GetString(), Is.EqualTo("flagged"), "a segment has no words yet: it goes to review");
        Assert.That(Pipeline.FlagNames(child), Does.Contain("no_transcript"));
    }

    [Test]
    public async Task TranscriptWithAPhoneNumber_IsRedactedAndFlaggedForReview()
    {
        var speech = ExternalPrograms.Speech16k(_work, Prompt, voice: "ar", wordsPerMinute: 120);
        var item = await UploadAndProcessAsync(await File.ReadAllBytesAsync(speech), Prompt + " 0612345678");

        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("flagged"));
        Assert.That(Pipeline.FlagNames(item), Does.Contain("pii"));
        Assert.That(item.GetProperty("result").GetProperty("display").GetString(), Does.Contain("<PHONE>").And.Not.Contain("0612345678"));
        Assert.That(item.GetProperty("text").GetString(), Does.EndWith("0612345678"), "the raw form is kept as sent");
    }
}
