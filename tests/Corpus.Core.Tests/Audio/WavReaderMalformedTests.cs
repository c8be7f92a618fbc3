using Corpus.Core.Audio;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class WavReaderMalformedTests
{
    private const long AllocationBudget = 4 * 1024 * 1024;

    [Test]
    public void ReadSamples_110ByteFileClaimingMoreData_SaysTruncated()
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, 1, 16000, 16), WavBytes.Chunk("data", new byte[66], declaredSize: 1000));
        Assert.That(bytes, Has.Length.EqualTo(110));

        var error = Assert.Throws<AudioFormatException>(() => WavReader.ReadSamples(new MemoryStream(bytes)));

        Assert.That(error!.Message, Does.Contain("claims 1000 bytes but only 66"));
    }

    [Test]
    public void ReadInfo_HeaderWithEmptyData_SaysNoAudio()
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, 1, 16000, 16), WavBytes.Chunk("data", []));
        var error = Assert.Throws<AudioFormatException>(() => WavReader.ReadInfo(new MemoryStream(bytes)));
        Assert.That(error!.Message, Does.Contain("empty"));
    }

    [Test]
    public void ReadInfo_HeaderWithoutDataChunk_SaysNoDataChunk()
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, 1, 16000, 16));
        var error = Assert.Throws<AudioFormatException>(() => WavReader.ReadInfo(new MemoryStream(bytes)));
        Assert.That(error!.Message, Does.Contain("no data chunk"));
    }

    [TestCase(true, TestName = "ReadSamples_DataClaiming4GB_SeekableStream_FailsWithoutAllocatingTheClaim")]
    [TestCase(false, TestName = "ReadSamples_DataClaiming4GB_NetworkStream_FailsWithoutAllocatingTheClaim")]
    public void ReadSamples_DataClaiming4GB_FailsWithoutAllocatingTheClaim(bool seekable)
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, 2, 48000, 16), WavBytes.Chunk("data", new byte[4000], declaredSize: 0xFFFF_FFF0));
        Stream stream = seekable ? new MemoryStream(bytes) : new NonSeekableStream(new MemoryStream(bytes));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<AudioFormatException>(() => WavReader.ReadSamples(stream));

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(AllocationBudget));
        Assert.That(error!.Message, Does.Contain("truncated").Or.Contain("ended before"));
    }

    [Test]
    public void ReadInfo_ChunkClaiming4GBBeforeData_SaysTruncated()
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, 1, 16000, 16), WavBytes.Chunk("LIST", new byte[10], declaredSize: 0xFFFF_FFFF));
        var error = Assert.Throws<AudioFormatException>(() => WavReader.ReadInfo(new MemoryStream(bytes)));
        Assert.That(error!.Message, Does.Contain("LIST"));
    }

    [Test]
    public void ReadInfo_FmtChunkClaimingHugeSize_IsRejectedBeforeReading()
    {
        var bytes = WavBytes.Riff(WavBytes.Chunk("fmt ", new byte[16], declaredSize: 0x7FFF_FFFF));
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<AudioFormatException>(() => WavReader.ReadInfo(new MemoryStream(bytes)));
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(AllocationBudget));
    }

    [TestCase(0, 16000, 16, TestName = "ReadInfo_ZeroChannels_IsRejected")]
    [TestCase(1, 0, 16, TestName = "ReadInfo_ZeroSampleRate_IsRejected")]
    [TestCase(1, 16000, 0, TestName = "ReadInfo_ZeroBits_IsRejected")]
    public void ReadInfo_ImpossibleFormat_IsRejected(int channels, int rate, int bits)
    {
        var bytes = WavBytes.Riff(WavBytes.Format(1, channels, rate, bits), WavBytes.Chunk("data", new byte[64]));
        Assert.Throws<AudioFormatException>(() => WavReader.ReadInfo(new MemoryStream(bytes)));
    }

    [Test]
    public void ReadSamples_AdpcmWav_SaysItNeedsFfmpeg()
    {
        var bytes = WavBytes.Riff(WavBytes.Format(2, 1, 16000, 4), WavBytes.Chunk("data", new byte[256]));
        var error = Assert.Throws<AudioFormatException>(() => WavReader.ReadSamples(new MemoryStream(bytes)));
        Assert.That(error!.Message, Does.StartWith("MS-ADPCM WAV").And.Contain("needs ffmpeg"));
    }

    [Test]
    public void ReadSamples_RandomBytes_SaysNotWav()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var error = Assert.Throws<AudioFormatException>(() => WavReader.ReadSamples(new MemoryStream(bytes)));
        Assert.That(error!.Message, Does.Contain("not a RIFF/WAVE"));
    }

    [Test]
    public void ReadSamples_CorruptedAndTruncatedHeaders_OnlyEverFailWithAudioFormatException()
    {
        var valid = WavBytes.Riff(
            WavBytes.Chunk("LIST", "INFOISFTabc"u8), WavBytes.Format(1, 2, 44100, 16), WavBytes.Chunk("data", new byte[400]));
        var random = new Random(42);
        var unexpected = new List<string>();
        for (var round = 0; round < 2000; round++)
        {
            var bytes = valid.ToArray();
            for (var flips = random.Next(1, 4); flips > 0; flips--) bytes[random.Next(4, 72)] = (byte)random.Next(256);
            var length = random.Next(2) == 0 ? bytes.Length : random.Next(bytes.Length);
            try
            {
                WavReader.ReadSamples(new MemoryStream(bytes, 0, length));
            }
            catch (AudioFormatException)
            {
            }
            catch (Exception e)
            {
                unexpected.Add($"{e.GetType().Name}: {e.Message}");
            }
        }
        Assert.That(unexpected, Is.Empty);
    }
}
