using Corpus.Core.Audio;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class AudioSnifferTests
{
    private static IEnumerable<TestCaseData> KnownHeads()
    {
        yield return new TestCaseData("RIFF\x24\0\0\0WAVEfmt "u8.ToArray(), AudioContainer.Wav).SetName("Detect_RiffWave_IsWav");
        yield return new TestCaseData("OggS\0\x02\0\0"u8.ToArray(), AudioContainer.Ogg).SetName("Detect_OggS_IsOgg");
        yield return new TestCaseData(new byte[] { 0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42 }, AudioContainer.WebM).SetName("Detect_Ebml_IsWebM");
        yield return new TestCaseData("\0\0\0\u001cftypM4A "u8.ToArray(), AudioContainer.Mp4).SetName("Detect_Ftyp_IsMp4");
        yield return new TestCaseData("ID3\x04\0\0\0\0\0\0"u8.ToArray(), AudioContainer.Mp3).SetName("Detect_Id3Tag_IsMp3");
        yield return new TestCaseData(new byte[] { 0xFF, 0xFB, 0x90, 0x64 }, AudioContainer.Mp3).SetName("Detect_MpegFrameSync_IsMp3");
        yield return new TestCaseData("fLaC\0\0\0\x22"u8.ToArray(), AudioContainer.Flac).SetName("Detect_FlacMarker_IsFlac");
    }

    [TestCaseSource(nameof(KnownHeads))]
    public void Detect_KnownSignature_NamesContainer(byte[] head, AudioContainer expected) =>
        Assert.That(AudioSniffer.Detect(head), Is.EqualTo(expected));

    [TestCase(new byte[] { 0xFF, 0xF9, 0x90, 0x64 }, TestName = "Detect_FrameSyncWithReservedLayer_IsUnknown")]
    [TestCase(new byte[] { 0xFF, 0xFB, 0xF0, 0x64 }, TestName = "Detect_FrameSyncWithBadBitrate_IsUnknown")]
    [TestCase(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56, 0x49, 0x20 }, TestName = "Detect_RiffAvi_IsUnknown")]
    [TestCase(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E }, TestName = "Detect_Html_IsUnknown")]
    [TestCase(new byte[0], TestName = "Detect_Empty_IsUnknown")]
    public void Detect_NotAudio_IsUnknown(byte[] head) =>
        Assert.That(AudioSniffer.Detect(head), Is.EqualTo(AudioContainer.Unknown));

    [TestCase("-c:a libopus", "webm", AudioContainer.WebM)]
    [TestCase("-c:a libopus", "ogg", AudioContainer.Ogg)]
    [TestCase("-c:a aac", "m4a", AudioContainer.Mp4)]
    [TestCase("-c:a libmp3lame", "mp3", AudioContainer.Mp3)]
    [TestCase("-c:a flac", "flac", AudioContainer.Flac)]
    public void Detect_FileWrittenByFfmpeg_NamesItsContainer(string codec, string extension, AudioContainer expected)
    {
        var directory = Corpus.Testing.TestPaths.NewTempDirectory();
        var wav = AudioTools.Speech16k(directory, "salam");
        var encoded = AudioTools.Convert(wav, Path.Combine(directory, "out." + extension), codec.Split(' '));
        var head = File.ReadAllBytes(encoded).AsSpan(0, AudioSniffer.HeadLength);
        Assert.That(AudioSniffer.Detect(head), Is.EqualTo(expected));
    }
}
