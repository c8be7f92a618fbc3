using System.Text.Json;
using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class AudioProcessorTests
{
    private string directory = "";
    private string speech = "";

    [OneTimeSetUp]
    public void MakeSpeech()
    {
        directory = TestPaths.NewTempDirectory();
        speech = AudioTools.Speech16k(directory);
    }

    [TestCase("-c:a libopus -b:a 32k", "webm", AudioContainer.WebM, "opus", TestName = "AnalyzeAsync_WebMOpus_DecodesViaFfmpeg")]
    [TestCase("-c:a libopus -b:a 32k", "ogg", AudioContainer.Ogg, "opus", TestName = "AnalyzeAsync_OggOpus_DecodesViaFfmpeg")]
    [TestCase("-c:a aac -ar 44100", "m4a", AudioContainer.Mp4, "aac", TestName = "AnalyzeAsync_Mp4Aac_DecodesViaFfmpeg")]
    [TestCase("-c:a libmp3lame -ar 22050", "mp3", AudioContainer.Mp3, "mp3", TestName = "AnalyzeAsync_Mp3_DecodesViaFfmpeg")]
    [TestCase("-c:a flac -ac 2", "flac", AudioContainer.Flac, "flac", TestName = "AnalyzeAsync_StereoFlac_DecodesViaFfmpeg")]
    public async Task AnalyzeAsync_BrowserOrAppFormat_DecodesToTheSameSpeech(string codec, string extension, AudioContainer container, string codecName)
    {
        var encoded = AudioTools.Convert(speech, Path.Combine(directory, "encoded." + extension), codec.Split(' '));
        var reference = await AudioTools.AnalyzeAsync(speech);

        var analysis = await AudioTools.AnalyzeAsync(encoded);

        Assert.That(analysis.Source.Container, Is.EqualTo(container));
        Assert.That(analysis.Source.Codec, Is.EqualTo(codecName));
        Assert.That(analysis.Measurements.TrimmedDurationSeconds, Is.EqualTo(reference.Measurements.TrimmedDurationSeconds).Within(0.1));
        Assert.That(analysis.Measurements.RmsDbfs, Is.EqualTo(reference.Measurements.RmsDbfs).Within(1.0));
        Assert.That(analysis.Flags.Select(f => f.Name), Does.Not.Contain("no_speech"));
    }

    [Test]
    public async Task NormalizeAsync_Stereo44kWav_Gives16kMonoPcm16ThatReadsBack()
    {
        var stereo = AudioTools.Convert(speech, Path.Combine(directory, "stereo44.wav"), "-ac", "2", "-ar", "44100", "-acodec", "pcm_s24le");
        await using var stream = File.OpenRead(stereo);

        var normalized = await new AudioProcessor(new AudioOptions()).NormalizeAsync(stream, CancellationToken.None);
        var info = WavReader.ReadInfo(new MemoryStream(normalized.Wav));

        Assert.That((info.FormatTag, info.Channels, info.SampleRate, info.BitsPerSample), Is.EqualTo((1, 1, 16000, 16)));
        Assert.That(info.Duration.TotalSeconds, Is.EqualTo(normalized.DurationSeconds).Within(0.001));
        Assert.That(normalized.Source, Is.EqualTo(new AudioSourceFormat(AudioContainer.Wav, "pcm_s24le", 44100, 2)));
    }

    [Test]
    public async Task AnalyzeAsync_SpeechWithSilencePadding_TrimsKeeping200Milliseconds()
    {
        var padded = Path.Combine(directory, "padded.wav");
        AudioTools.Run(Requires.Sox(), speech, padded, "pad", "2", "3");

        var analysis = await AudioTools.AnalyzeAsync(padded);
        var original = await AudioTools.AnalyzeAsync(speech);

        Assert.That(analysis.Measurements.LeadingSilenceSeconds, Is.EqualTo(original.Measurements.LeadingSilenceSeconds + 2).Within(0.05));
        Assert.That(analysis.Measurements.TrailingSilenceSeconds, Is.EqualTo(original.Measurements.TrailingSilenceSeconds + 3).Within(0.05));
        Assert.That(analysis.Normalized.TrimStartSeconds, Is.EqualTo(analysis.Measurements.LeadingSilenceSeconds - 0.2).Within(0.001));
        var m = analysis.Measurements;
        var speechSpan = m.DurationSeconds - m.LeadingSilenceSeconds - m.TrailingSilenceSeconds;
        Assert.That(analysis.Normalized.DurationSeconds, Is.EqualTo(speechSpan + 0.4).Within(0.001));
    }

    [Test]
    public async Task AnalyzeAsync_ClearSpeech_HasNoFlags()
    {
        var analysis = await AudioTools.AnalyzeAsync(speech, AudioTools.Sentence);
        Assert.That(analysis.Flags, Is.Empty, string.Join(", ", analysis.Flags.Select(f => $"{f.Name}={f.Value}")));
        Assert.That(analysis.Measurements.WordsPerSecond, Is.InRange(1.5, 4.0));
    }

    [Test]
    public async Task AnalyzeAsync_PromptMuchLongerThanTheSpeech_FlagsSpeechRate()
    {
        var prompt = string.Join(' ', Enumerable.Repeat(AudioTools.Sentence, 4));
        var analysis = await AudioTools.AnalyzeAsync(speech, prompt);
        var flag = analysis.Flags.Single(f => f.Name == "speech_rate_fast");
        Assert.That(flag.Value, Is.GreaterThan(flag.Threshold));
    }

    [Test]
    public async Task AnalyzeAsync_Result_RoundTripsThroughJson()
    {
        var analysis = await AudioTools.AnalyzeAsync(speech, AudioTools.Sentence);

        var json = JsonSerializer.Serialize(analysis);
        var back = JsonSerializer.Deserialize<AudioAnalysis>(json)!;

        Assert.That(back.Measurements, Is.EqualTo(analysis.Measurements));
        Assert.That(back.Source, Is.EqualTo(analysis.Source));
        Assert.That(json, Does.Contain("\"Container\":\"Wav\""));
        Assert.That(json, Does.Not.Contain("UklGR"), "the WAV bytes belong in the blob store, not in the JSON");
    }
}
