using System.Buffers.Binary;
using System.Text;

namespace Corpus.IntegrationTests.Ingestion;

/// <summary>Small audio files made in memory for upload tests.</summary>
public static class TestAudio
{
    public static byte[] SineWav(double seconds, int sampleRate = 16_000, int channels = 1, double frequency = 220)
    {
        var frames = (int)(seconds * sampleRate);
        var data = new byte[frames * channels * 2];
        for (var i = 0; i < frames; i++)
        {
            var sample = (short)(Math.Sin(2 * Math.PI * frequency * i / sampleRate) * 12_000);
            for (var c = 0; c < channels; c++) BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan((i * channels + c) * 2), sample);
        }
        return Wav(data, sampleRate, channels, 16);
    }

    public static byte[] Wav(byte[] data, int sampleRate, int channels, int bits, uint? declaredDataLength = null)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.ASCII);
        writer.Write("RIFF"u8);
        writer.Write(36 + data.Length);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)channels);
        writer.Write(sampleRate);
        writer.Write(sampleRate * channels * bits / 8);
        writer.Write((short)(channels * bits / 8));
        writer.Write((short)bits);
        writer.Write("data"u8);
        writer.Write(declaredDataLength ?? (uint)data.Length);
        writer.Write(data);
        writer.Flush();
        return stream.ToArray();
    }
}
