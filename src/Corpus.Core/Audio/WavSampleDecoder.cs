using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Corpus.Core.Audio;

/// <summary>Turns the data chunk of a PCM/float WAV into interleaved floats, reading in bounded blocks.</summary>
internal static class WavSampleDecoder
{
    private const int BlockBytes = 1 << 16;
    private const float Scale8 = 1f / 128f;
    private const float Scale16 = 1f / 32768f;
    private const float Scale24 = 1f / 8388608f;
    private const float Scale32 = 1f / 2147483648f;

    public static PcmAudio Decode(Stream stream, WavInfo info, long maxFrames)
    {
        var bytesPerSample = info.BitsPerSample / 8;
        var blockAlign = bytesPerSample * info.Channels;
        var maxSamples = maxFrames == long.MaxValue ? long.MaxValue : maxFrames * info.Channels;

        // The length is only known to be real when the stream could be measured; otherwise grow as bytes arrive.
        var knownSamples = info.DataLength != long.MaxValue && stream.CanSeek
            ? info.DataLength / blockAlign * info.Channels
            : -1;
        if (knownSamples > maxSamples) throw TooLong(info, maxFrames);
        if (knownSamples > Array.MaxLength) throw new AudioFormatException("The WAV file is too large to decode in memory.");
        var output = new float[knownSamples >= 0 ? knownSamples : Math.Min(BlockBytes, maxSamples)];

        var buffer = ArrayPool<byte>.Shared.Rent(BlockBytes - BlockBytes % blockAlign);
        try
        {
            var usable = BlockBytes - BlockBytes % blockAlign;
            long remainingBytes = info.DataLength;
            long written = 0;
            var carried = 0;
            while (remainingBytes > 0)
            {
                var want = (int)Math.Min(usable - carried, remainingBytes);
                var read = stream.Read(buffer, carried, want);
                if (read == 0)
                {
                    if (info.DataLength == long.MaxValue || !stream.CanSeek) break;
                    throw new AudioFormatException("The WAV file ended before the length its data chunk declares.");
                }
                remainingBytes -= read;
                var available = carried + read;
                var whole = available - available % bytesPerSample;
                var samples = whole / bytesPerSample;
                if (written + samples > maxSamples) throw TooLong(info, maxFrames);
                if (written + samples > output.Length)
                    Array.Resize(ref output, (int)Math.Min(Array.MaxLength, Math.Max(output.Length * 2L, written + samples)));
                Convert(buffer.AsSpan(0, whole), output.AsSpan((int)written, samples), info);
                written += samples;
                carried = available - whole;
                if (carried > 0) Buffer.BlockCopy(buffer, whole, buffer, 0, carried);
            }
            if (info.DataLength != long.MaxValue && remainingBytes > 0 && !stream.CanSeek)
                throw new AudioFormatException("The WAV file ended before the length its data chunk declares.");

            written -= written % info.Channels; // a trailing partial frame is dropped
            if (written == 0) throw new AudioFormatException("The WAV file holds no complete audio frame.");
            if (written != output.Length) Array.Resize(ref output, (int)written);
            return new PcmAudio(output, info.Channels, info.SampleRate);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static AudioFormatException TooLong(WavInfo info, long maxFrames) =>
        new($"The recording is longer than the accepted {TimeSpan.FromSeconds((double)maxFrames / info.SampleRate):g}.");

    internal static void Convert(ReadOnlySpan<byte> source, Span<float> destination, WavInfo info)
    {
        switch (info.FormatTag, info.BitsPerSample)
        {
            case (WavInfo.PcmFormat, 8):
                for (var i = 0; i < destination.Length; i++) destination[i] = (source[i] - 128) * Scale8;
                break;
            case (WavInfo.PcmFormat, 16):
                var shorts = MemoryMarshal.Cast<byte, short>(source);
                for (var i = 0; i < destination.Length; i++) destination[i] = shorts[i] * Scale16;
                break;
            case (WavInfo.PcmFormat, 24):
                for (int i = 0, j = 0; i < destination.Length; i++, j += 3)
                    destination[i] = ((source[j] | (source[j + 1] << 8) | (source[j + 2] << 16)) << 8 >> 8) * Scale24;
                break;
            case (WavInfo.PcmFormat, 32):
                var ints = MemoryMarshal.Cast<byte, int>(source);
                for (var i = 0; i < destination.Length; i++) destination[i] = ints[i] * Scale32;
                break;
            case (WavInfo.FloatFormat, 32):
                MemoryMarshal.Cast<byte, float>(source)[..destination.Length].CopyTo(destination);
                SanitizeNonFinite(destination);
                break;
            case (WavInfo.FloatFormat, 64):
                for (var i = 0; i < destination.Length; i++)
                    destination[i] = (float)BinaryPrimitives.ReadDoubleLittleEndian(source[(i * 8)..]);
                SanitizeNonFinite(destination);
                break;
            default:
                throw new AudioFormatException($"WAV format tag {info.FormatTag} with {info.BitsPerSample}-bit samples is not plain PCM.");
        }
    }

    // NaN or infinity in a float WAV would poison every measurement; they become silence.
    private static void SanitizeNonFinite(Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            if (!float.IsFinite(samples[i])) samples[i] = 0f;
        }
    }
}
