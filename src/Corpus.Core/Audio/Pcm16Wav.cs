using System.Buffers.Binary;

namespace Corpus.Core.Audio;

/// <summary>Writes mono float samples as a canonical 44-byte-header PCM16 WAV file.</summary>
internal static class Pcm16Wav
{
    public const int HeaderLength = 44;

    public static byte[] Encode(ReadOnlySpan<float> samples, int sampleRate)
    {
        var dataLength = samples.Length * 2;
        var bytes = new byte[HeaderLength + dataLength];
        var span = bytes.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + dataLength);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataLength);
        var data = span[HeaderLength..];
        for (var i = 0; i < samples.Length; i++)
        {
            var scaled = MathF.Round(samples[i] * 32768f);
            BinaryPrimitives.WriteInt16LittleEndian(data[(2 * i)..], (short)Math.Clamp(scaled, -32768f, 32767f));
        }
        return bytes;
    }
}
