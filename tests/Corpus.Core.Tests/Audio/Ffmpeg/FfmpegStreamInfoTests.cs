using Corpus.Core.Audio.Ffmpeg;

namespace Corpus.Core.Tests.Audio.Ffmpeg;

[TestFixture]
public sealed class FfmpegStreamInfoTests
{
    [TestCase("  Stream #0:0: Audio: opus, 48000 Hz, mono, fltp", "opus", 48000, 1)]
    [TestCase("  Stream #0:0(und): Audio: aac (LC) (mp4a / 0x6134706D), 44100 Hz, stereo, fltp, 128 kb/s", "aac", 44100, 2)]
    [TestCase("  Stream #0:0: Audio: adpcm_ms ([2][0][0][0] / 0x0002), 11024 Hz, 1 channels, s16, 44 kb/s", "adpcm_ms", 11024, 1)]
    [TestCase("  Stream #0:1: Audio: ac3, 48000 Hz, 5.1(side), fltp, 384 kb/s", "ac3", 48000, 6)]
    public void Parse_InputStreamLine_ReadsCodecRateAndChannels(string line, string codec, int rate, int channels)
    {
        var stderr = $"Input #0, x, from 'pipe:0':\n{line}\nOutput #0, wav, to 'pipe:1':\n  Stream #0:0: Audio: pcm_f32le, 16000 Hz, mono, flt\n";
        Assert.That(FfmpegStreamInfo.Parse(stderr), Is.EqualTo((codec, rate, channels)));
    }

    [Test]
    public void Parse_NoAudioStream_IsNull() =>
        Assert.That(FfmpegStreamInfo.Parse("pipe:0: Invalid data found when processing input\n"), Is.Null);

    [Test]
    public void ErrorSummary_LongStderr_KeepsTheLastLines()
    {
        var stderr = string.Join('\n', Enumerable.Range(1, 50).Select(i => $"line {i}"));
        Assert.That(FfmpegStreamInfo.ErrorSummary(stderr), Is.EqualTo("line 48 / line 49 / line 50"));
    }
}
