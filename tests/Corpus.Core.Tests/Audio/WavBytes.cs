using System.Buffers.Binary;

namespace Corpus.Core.Tests.Audio;

/// <summary>Builds WAV files byte by byte, including broken ones.</summary>
internal static class WavBytes
{
    public static byte[] Chunk(string id, ReadOnlySpan<byte> body, uint? declaredSize = null)
    {
        var padded = body.Length + (body.Length & 1);
        var bytes = new byte[8 + padded];
        System.Text.Encoding.ASCII.GetBytes(id).CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), declaredSize ?? (uint)body.Length);
        body.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    public static byte[] Format(int tag, int channels, int rate, int bits)
    {
        var body = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(body, (ushort)tag);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(2), (ushort)channels);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(4), rate);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(8), rate * channels * bits / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(12), (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(14), (ushort)bits);
        return Chunk("fmt ", body);
    }

    public static byte[] Riff(params byte[][] chunks)
    {
        var length = chunks.Sum(c => c.Length);
        var bytes = new byte[12 + length];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(4 + length));
        "WAVE"u8.CopyTo(bytes.AsSpan(8));
        var offset = 12;
        foreach (var chunk in chunks)
        {
            chunk.CopyTo(bytes, offset);
            offset += chunk.Length;
        }
        return bytes;
    }

    public static byte[] Pcm16(params short[] samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), samples[i]);
        return bytes;
    }
}
