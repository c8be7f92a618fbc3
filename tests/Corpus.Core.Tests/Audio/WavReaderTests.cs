using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class WavReaderTests
{
    [TestCase("-acodec pcm_u8", 1, 8, TestName = "ReadSamples_Unsigned8Bit_MatchesFfmpeg")]
    [TestCase("-acodec pcm_s16le", 1, 16, TestName = "ReadSamples_Signed16Bit_MatchesFfmpeg")]
    [TestCase("-acodec pcm_s24le", 1, 24, TestName = "ReadSamples_Signed24Bit_MatchesFfmpeg")]
    [TestCase("-acodec pcm_s32le", 1, 32, TestName = "ReadSamples_Signed32Bit_MatchesFfmpeg")]
    [TestCase("-acodec pcm_f32le", 1, 32, TestName = "ReadSamples_Float32_MatchesFfmpeg")]
    [TestCase("-acodec pcm_f64le", 1, 64, TestName = "ReadSamples_Float64_MatchesFfmpeg")]
    [TestCase("-acodec pcm_s16le -ac 2 -ar 44100", 2, 16, TestName = "ReadSamples_Stereo44k_MatchesFfmpeg")]
    [TestCase("-acodec pcm_s24le -ac 6 -ar 48000", 6, 24, TestName = "ReadSamples_SixChannelExtensible_MatchesFfmpeg")]
    [TestCase("-acodec pcm_s16le -ar 8000", 1, 16, TestName = "ReadSamples_8kHz_MatchesFfmpeg")]
    public void ReadSamples_FfmpegWrittenVariant_DecodesToFfmpegSamples(string codec, int channels, int bits)
    {
        var directory = TestPaths.NewTempDirectory();
        var speech = AudioTools.Speech16k(directory);
        var variant = AudioTools.Convert(speech, Path.Combine(directory, "variant.wav"), codec.Split(' '));

        var audio = AudioTools.ReadWav(variant);

        Assert.That(audio.Channels, Is.EqualTo(channels));
        AssertSameSamples(audio.Samples, AudioTools.FfmpegSamples(variant));
    }

    [TestCase("-b 24", TestName = "ReadSamples_Sox24BitExtensible_MatchesFfmpeg")]
    [TestCase("-e floating-point -b 32", TestName = "ReadSamples_SoxFloatWithFactChunk_MatchesFfmpeg")]
    [TestCase("-b 16 -c 3", TestName = "ReadSamples_SoxThreeChannels_MatchesFfmpeg")]
    public void ReadSamples_SoxWrittenVariant_DecodesToFfmpegSamples(string options)
    {
        var directory = TestPaths.NewTempDirectory();
        var speech = AudioTools.Speech16k(directory);
        var variant = Path.Combine(directory, "sox-variant.wav");
        var arguments = new List<string> { speech };
        arguments.AddRange(options.Split(' '));
        arguments.Add(variant);
        AudioTools.Run(Requires.Sox(), [.. arguments]);

        AssertSameSamples(AudioTools.ReadWav(variant).Samples, AudioTools.FfmpegSamples(variant));
    }

    [TestCase("edge_signed_24bit.wav")]
    [TestCase("edge_stereo_16bit.wav")]
    [TestCase("edge_tiny_mono_float64.wav")]
    [TestCase("edge_tiny_mono_int24.wav")]
    [TestCase("edge_tiny_mono_int32.wav")]
    [TestCase("silence_digital_float32.wav")]
    [TestCase("silence_almost_silent_24bit.wav")]
    [TestCase("speech_noisy_p286_011.wav")]
    public void ReadSamples_EvaluationFixture_DecodesToFfmpegSamples(string name)
    {
        var path = TestPaths.RequireSharedFile(Path.Combine("audio", "fixtures", name));
        AssertSameSamples(AudioTools.ReadWav(path).Samples, AudioTools.FfmpegSamples(path));
    }

    [Test]
    public void ReadSamples_OddSizedChunksWithPadBytes_AreSkipped()
    {
        var bytes = WavBytes.Riff(
            WavBytes.Chunk("LIST", "INFOabc"u8),
            WavBytes.Format(1, 1, 16000, 16),
            WavBytes.Chunk("fact", [1, 0, 0]),
            WavBytes.Chunk("data", WavBytes.Pcm16(100, -200, 16384)));

        var audio = WavReader.ReadSamples(new MemoryStream(bytes));

        Assert.That(audio.Samples, Is.EqualTo(new[] { 100 / 32768f, -200 / 32768f, 0.5f }));
        var path = Path.Combine(TestPaths.NewTempDirectory(), "odd-chunks.wav");
        File.WriteAllBytes(path, bytes);
        AssertSameSamples(audio.Samples, AudioTools.FfmpegSamples(path));
    }

    [Test]
    public void ReadInfo_Extensible_ReportsTheSubFormatAndDuration()
    {
        var directory = TestPaths.NewTempDirectory();
        var speech = AudioTools.Speech16k(directory, "salam");
        var variant = AudioTools.Convert(speech, Path.Combine(directory, "ext.wav"), "-acodec", "pcm_f32le", "-ac", "4");
        using var stream = File.OpenRead(variant);

        var info = WavReader.ReadInfo(stream);

        Assert.That((info.FormatTag, info.Channels, info.SampleRate, info.BitsPerSample), Is.EqualTo((3, 4, 16000, 32)));
        Assert.That(stream.Position, Is.EqualTo(info.DataOffset));
        Assert.That(info.Duration.TotalSeconds, Is.EqualTo(AudioTools.ReadWav(speech).Duration.TotalSeconds).Within(0.001));
    }

    [Test]
    public void ReadSamples_NonSeekableStream_DecodesTheSameSamples()
    {
        var directory = TestPaths.NewTempDirectory();
        var speech = AudioTools.Speech16k(directory, "salam labas");
        using var stream = new NonSeekableStream(File.OpenRead(speech));

        var audio = WavReader.ReadSamples(stream);

        Assert.That(audio.Samples, Is.EqualTo(AudioTools.ReadWav(speech).Samples));
    }

    private static void AssertSameSamples(float[] actual, float[] expected)
    {
        Assert.That(actual, Has.Length.EqualTo(expected.Length));
        var worst = 0.0;
        for (var i = 0; i < actual.Length; i++) worst = Math.Max(worst, Math.Abs(actual[i] - expected[i]));
        Assert.That(worst, Is.LessThanOrEqualTo(1e-7));
    }
}
