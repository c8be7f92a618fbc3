using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class AudioProcessorErrorTests
{
    private static readonly AudioOptions WithoutFfmpeg = new() { FfmpegPath = "/nonexistent/ffmpeg" };

    [Test]
    public void AnalyzeAsync_RandomBytes_GivesClearFormatError()
    {
        Requires.Ffmpeg();
        var bytes = new byte[8192];
        new Random(3).NextBytes(bytes);
        var error = Assert.ThrowsAsync<AudioFormatException>(() => Analyze(bytes, new AudioOptions()));
        Assert.That(error!.Message, Does.StartWith("ffmpeg could not decode the recording"));
    }

    [Test]
    public void AnalyzeAsync_RandomBytesWithoutFfmpeg_SaysNotAudio()
    {
        var bytes = new byte[8192];
        new Random(3).NextBytes(bytes);
        var error = Assert.ThrowsAsync<AudioFormatException>(() => Analyze(bytes, WithoutFfmpeg));
        Assert.That(error!.Message, Does.Contain("not in a recognised audio format"));
    }

    [Test]
    public void AnalyzeAsync_EmptyUpload_SaysEmpty()
    {
        var error = Assert.ThrowsAsync<AudioFormatException>(() => Analyze([], new AudioOptions()));
        Assert.That(error!.Message, Does.Contain("empty"));
    }

    [Test]
    public void AnalyzeAsync_WavHeaderWithoutData_SaysNoAudio()
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, 1, 16000, 16), WavBytes.Chunk("data", []));
        Assert.ThrowsAsync<AudioFormatException>(() => Analyze(bytes, new AudioOptions()));
    }

    [Test]
    public void AnalyzeAsync_UploadClaiming4GB_FailsWithoutAllocatingTheClaim()
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, 1, 16000, 16), WavBytes.Chunk("data", new byte[32000], declaredSize: 0xFFFF_FFFE));
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var error = Assert.ThrowsAsync<AudioFormatException>(() => Analyze(bytes, new AudioOptions(), seekable: false));
        Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(16 * 1024 * 1024));
        Assert.That(error!.Message, Does.Contain("claims 4294967294 bytes but only 32000"));
    }

    [TestCase("edge_tiny_mono_int24.wav")]
    [TestCase("edge_tiny_mono_int32.wav")]
    [TestCase("edge_tiny_mono_float64.wav")]
    public async Task AnalyzeAsync_TinyFixture_SaysTooShort(string name)
    {
        var path = TestPaths.RequireSharedFile(Path.Combine("audio", "fixtures", name));
        var bytes = await File.ReadAllBytesAsync(path);
        var error = Assert.ThrowsAsync<AudioFormatException>(() => Analyze(bytes, new AudioOptions()));
        Assert.That(error!.Message, Does.Contain("at least 100 ms"));
    }

    [Test]
    public void AnalyzeAsync_WebMWithoutFfmpeg_SaysItNeedsFfmpeg()
    {
        var bytes = new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81, 0x01 };
        var error = Assert.ThrowsAsync<AudioDecoderUnavailableException>(() => Analyze(bytes, WithoutFfmpeg));
        Assert.That(error!.FormatDescription, Is.EqualTo("WebM"));
        Assert.That(error.Message, Does.Contain("needs the ffmpeg program"));
    }

    [Test]
    public async Task AnalyzeAsync_PcmWavWithoutFfmpeg_StillWorks()
    {
        var directory = TestPaths.NewTempDirectory();
        var speech = AudioTools.Convert(AudioTools.Speech16k(directory), Path.Combine(directory, "s.wav"), "-ar", "48000", "-ac", "2");
        var processor = new AudioProcessor(WithoutFfmpeg);

        await using var stream = File.OpenRead(speech);
        var analysis = await processor.AnalyzeAsync(stream, null, CancellationToken.None);

        Assert.That(processor.FfmpegAvailable, Is.False);
        Assert.That(analysis.Measurements.SpeechSeconds, Is.GreaterThan(1));
    }

    [Test]
    public async Task AnalyzeAsync_MsAdpcmFixture_DecodesViaFfmpegOrSaysItNeedsIt()
    {
        var path = TestPaths.RequireSharedFile(Path.Combine("audio", "fixtures", "edge_ms_adpcm_codec.wav"));
        var bytes = await File.ReadAllBytesAsync(path);

        var missing = Assert.ThrowsAsync<AudioDecoderUnavailableException>(() => Analyze(bytes, WithoutFfmpeg));
        Assert.That(missing!.FormatDescription, Is.EqualTo("MS-ADPCM WAV"));
        Requires.Ffmpeg();
        var analysis = await Analyze(bytes, new AudioOptions());
        Assert.That(analysis.Source, Is.EqualTo(new AudioSourceFormat(AudioContainer.Wav, "adpcm_ms", 11024, 1)));
        Assert.That(analysis.Measurements.DurationSeconds, Is.EqualTo(81.27).Within(0.01));
    }

    [Test]
    public void AnalyzeAsync_LongerThanTheLimit_IsRefused()
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, 1, 16000, 16), WavBytes.Chunk("data", new byte[16000 * 2 * 3]));
        var options = new AudioOptions { MaxDuration = TimeSpan.FromSeconds(2) };
        var error = Assert.ThrowsAsync<AudioFormatException>(() => Analyze(bytes, options));
        Assert.That(error!.Message, Does.Contain("longer than"));
    }

    private static async Task<AudioAnalysis> Analyze(byte[] bytes, AudioOptions options, bool seekable = true)
    {
        Stream stream = seekable ? new MemoryStream(bytes) : new NonSeekableStream(new MemoryStream(bytes));
        return await new AudioProcessor(options).AnalyzeAsync(stream, null, CancellationToken.None);
    }
}
