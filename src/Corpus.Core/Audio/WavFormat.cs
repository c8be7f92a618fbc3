using System.Buffers.Binary;

namespace Corpus.Core.Audio;

/// <summary>The fields of a WAV fmt chunk, with WAVE_FORMAT_EXTENSIBLE resolved to its sub-format.</summary>
internal sealed record WavFormat(int FormatTag, int Channels, int SampleRate, int BitsPerSample)
{
    private const int ExtensibleTag = 0xFFFE;

    public static WavFormat Parse(ReadOnlySpan<byte> body)
    {
        var tag = BinaryPrimitives.ReadUInt16LittleEndian(body);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(body[4..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(body[14..]);
        if (tag == ExtensibleTag)
        {
            // cbSize(2) validBits(2) channelMask(4) subFormat GUID(16): the GUID starts with the real tag.
            if (body.Length < 40)
                throw new AudioFormatException("The WAV header says WAVE_FORMAT_EXTENSIBLE but its fmt chunk is too short to name the sub-format.");
            tag = BinaryPrimitives.ReadUInt16LittleEndian(body[24..]);
        }
        return new WavFormat(tag, channels, rate > int.MaxValue ? -1 : (int)rate, bits);
    }
}
