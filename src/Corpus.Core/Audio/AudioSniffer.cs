namespace Corpus.Core.Audio;

/// <summary>Recognises the container of a recording from its first bytes, never from a file name or MIME type.</summary>
public static class AudioSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to decide.</summary>
    public const int HeadLength = 64;

    public static AudioContainer Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WAVE"u8))
            return AudioContainer.Wav;
        if (head.StartsWith("OggS"u8)) return AudioContainer.Ogg;
        if (head.StartsWith("fLaC"u8)) return AudioContainer.Flac;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3])) return AudioContainer.WebM;
        if (head.Length >= 8 && head.Slice(4, 4).SequenceEqual("ftyp"u8)) return AudioContainer.Mp4;
        if (head.Length >= 10 && head.StartsWith("ID3"u8)) return AudioContainer.Mp3;
        if (IsMpegAudioFrameHeader(head)) return AudioContainer.Mp3;
        return AudioContainer.Unknown;
    }

    // An MPEG audio frame header: 11 sync bits, a version other than "reserved", a layer other than
    // "reserved", a bitrate index other than 15 ("bad") and a sample-rate index other than 3.
    private static bool IsMpegAudioFrameHeader(ReadOnlySpan<byte> head)
    {
        if (head.Length < 4 || head[0] != 0xFF || (head[1] & 0xE0) != 0xE0) return false;
        var version = (head[1] >> 3) & 0x3;
        var layer = (head[1] >> 1) & 0x3;
        var bitrateIndex = head[2] >> 4;
        var sampleRateIndex = (head[2] >> 2) & 0x3;
        return version != 1 && layer != 0 && bitrateIndex != 15 && sampleRateIndex != 3;
    }
}
