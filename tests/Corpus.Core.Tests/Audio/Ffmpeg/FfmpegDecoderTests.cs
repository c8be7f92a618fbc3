using Corpus.Core.Audio;
using Corpus.Core.Audio.Ffmpeg;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio.Ffmpeg;

[TestFixture]
public sealed class FfmpegDecoderTests
{
    [Test]
    public async Task DecodeAsync_NonSeekableWebM_GivesMono16kAndTheSourceFormat()
    {
        var directory = TestPaths.NewTempDirectory();
        var webm = AudioTools.Convert(AudioTools.Speech16k(directory), Path.Combine(directory, "a.webm"), "-c:a", "libopus", "-ac", "2");
        var decoder = new FfmpegDecoder(Requires.Ffmpeg(), TimeSpan.FromSeconds(30));
        await using var stream = new NonSeekableStream(File.OpenRead(webm));

        var (audio, source) = await decoder.DecodeAsync(stream, AudioContainer.WebM, 16000, long.MaxValue, CancellationToken.None);

        Assert.That((audio.Channels, audio.SampleRate), Is.EqualTo((1, 16000)));
        Assert.That(audio.Duration.TotalSeconds, Is.GreaterThan(3));
        Assert.That(source, Is.EqualTo(new AudioSourceFormat(AudioContainer.WebM, "opus", 48000, 2)));
    }

    [Test]
    public void DecodeAsync_TimeoutPasses_KillsFfmpegAndSaysSo()
    {
        var decoder = new FfmpegDecoder(Requires.Ffmpeg(), TimeSpan.FromMilliseconds(300));
        using var never = new BlockingStream();

        var error = Assert.ThrowsAsync<AudioFormatException>(() =>
            decoder.DecodeAsync(never, AudioContainer.Ogg, 16000, long.MaxValue, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("did not finish"));
    }

    [Test]
    public void DecodeAsync_Cancelled_ThrowsOperationCanceled()
    {
        var decoder = new FfmpegDecoder(Requires.Ffmpeg(), TimeSpan.FromSeconds(30));
        using var never = new BlockingStream();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.CatchAsync<OperationCanceledException>(() =>
            decoder.DecodeAsync(never, AudioContainer.Ogg, 16000, long.MaxValue, cts.Token));
    }

    [Test]
    public async Task DecodeAsync_OutputLongerThanTheLimit_IsRefused()
    {
        var directory = TestPaths.NewTempDirectory();
        var flac = AudioTools.Convert(AudioTools.Speech16k(directory), Path.Combine(directory, "a.flac"), "-c:a", "flac");
        var decoder = new FfmpegDecoder(Requires.Ffmpeg(), TimeSpan.FromSeconds(30));
        await using var stream = File.OpenRead(flac);

        var error = Assert.ThrowsAsync<AudioFormatException>(() =>
            decoder.DecodeAsync(stream, AudioContainer.Flac, 16000, maxFrames: 16000, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("longer than"));
    }

    [Test]
    public void DecodeAsync_PlaylistPointingAtALocalFile_IsRefused()
    {
        var directory = TestPaths.NewTempDirectory();
        var secret = AudioTools.Speech16k(directory, "secret");
        var playlist = $"#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:5.0,\nfile://{secret}\n#EXT-X-ENDLIST\n";
        var decoder = new FfmpegDecoder(Requires.Ffmpeg(), TimeSpan.FromSeconds(30));

        var error = Assert.ThrowsAsync<AudioFormatException>(() => decoder.DecodeAsync(
            new MemoryStream(System.Text.Encoding.ASCII.GetBytes(playlist)), AudioContainer.Unknown, 16000, long.MaxValue, CancellationToken.None));

        Assert.That(error!.Message, Does.StartWith("ffmpeg could not decode"));
    }

    /// <summary>An upload whose sender never sends another byte.</summary>
    private sealed class BlockingStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
