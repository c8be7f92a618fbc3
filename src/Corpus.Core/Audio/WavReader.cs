using System.Buffers.Binary;

namespace Corpus.Core.Audio;

/// <summary>
/// Reads RIFF/WAVE files natively: 8/16/24/32-bit integer and 32/64-bit float PCM, any channel count
/// and rate, WAVE_FORMAT_EXTENSIBLE, odd-sized chunks with their pad byte, LIST/fact/other chunks skipped.
/// Declared sizes are never used to allocate: a data chunk that claims more bytes than the stream holds
/// is rejected as truncated or lying rather than read short, so a half-uploaded file is never accepted.
/// </summary>
public static class WavReader
{
    private const int MaxFormatChunkLength = 1024;
    private const int MaxChannels = 64;
    private const int MaxSampleRate = 1_536_000;
    private const uint OpenEndedLength = uint.MaxValue;

    /// <summary>Parses the header and leaves the stream at the first sample byte.</summary>
    /// <exception cref="AudioFormatException">The bytes are not a readable WAV file.</exception>
    public static WavInfo ReadInfo(Stream stream) => ReadInfo(stream, allowOpenEndedData: false);

    /// <summary>Reads the header and every sample, as interleaved floats in [-1, 1].</summary>
    /// <param name="maxFrames">Refuse files with more sample frames than this (guards memory).</param>
    /// <exception cref="AudioFormatException">The file is unreadable, not plain PCM, or too long.</exception>
    public static PcmAudio ReadSamples(Stream stream, long maxFrames = long.MaxValue) =>
        ReadSamples(stream, maxFrames, allowOpenEndedData: false);

    /// <remarks>
    /// <paramref name="allowOpenEndedData"/> accepts a data size of 0xFFFFFFFF as "until the end of the
    /// stream", which is what ffmpeg writes to a pipe; uploads never get this leniency.
    /// </remarks>
    internal static PcmAudio ReadSamples(Stream stream, long maxFrames, bool allowOpenEndedData)
    {
        var info = ReadInfo(stream, allowOpenEndedData);
        if (!info.IsNativelyDecodable)
            throw new AudioFormatException(
                $"{info.FormatName} WAV ({info.BitsPerSample}-bit) is not plain PCM; it needs ffmpeg to decode.");
        return WavSampleDecoder.Decode(stream, info, maxFrames);
    }

    internal static WavInfo ReadInfo(Stream stream, bool allowOpenEndedData)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> header = stackalloc byte[12];
        if (ReadFully(stream, header) < 12)
            throw new AudioFormatException("The file is too short to be a WAV file (no complete RIFF header).");
        if (!header[..4].SequenceEqual("RIFF"u8) || !header.Slice(8, 4).SequenceEqual("WAVE"u8))
            throw new AudioFormatException("The file is not a RIFF/WAVE file.");

        long position = 12;
        WavFormat? format = null;
        Span<byte> chunkHeader = stackalloc byte[8];
        while (true)
        {
            if (ReadFully(stream, chunkHeader) < 8)
                throw new AudioFormatException(format is null
                    ? "The WAV file ends before its fmt chunk."
                    : "The WAV file has a header but no data chunk (no audio).");
            position += 8;
            var id = chunkHeader[..4];
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader[4..]);

            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || size > MaxFormatChunkLength)
                    throw new AudioFormatException($"The WAV fmt chunk claims {size} bytes; a valid one has 16 to {MaxFormatChunkLength}.");
                var body = new byte[size + (size & 1)];
                if (ReadFully(stream, body) < size)
                    throw new AudioFormatException("The WAV file ends inside its fmt chunk.");
                position += body.Length;
                format = WavFormat.Parse(body.AsSpan(0, (int)size));
                continue;
            }

            if (id.SequenceEqual("data"u8))
            {
                if (format is null)
                    throw new AudioFormatException("The WAV data chunk comes before any fmt chunk.");
                return BuildInfo(stream, format, position, size, allowOpenEndedData);
            }

            SkipChunk(stream, id, size);
            position += size + (size & 1);
        }
    }

    private static WavInfo BuildInfo(Stream stream, WavFormat format, long dataOffset, uint declared, bool allowOpenEnded)
    {
        if (format.Channels is < 1 or > MaxChannels)
            throw new AudioFormatException($"The WAV header claims {format.Channels} channels; 1 to {MaxChannels} are accepted.");
        if (format.SampleRate is < 1 or > MaxSampleRate)
            throw new AudioFormatException($"The WAV header claims a sample rate of {format.SampleRate} Hz, which is not plausible.");
        if (format.BitsPerSample is < 1 or > 64)
            throw new AudioFormatException($"The WAV header claims {format.BitsPerSample} bits per sample, which is not plausible.");

        long length = declared;
        if (allowOpenEnded && declared == OpenEndedLength)
        {
            length = stream.CanSeek ? stream.Length - stream.Position : long.MaxValue;
        }
        else if (stream.CanSeek && declared > stream.Length - stream.Position)
        {
            throw new AudioFormatException(
                $"The WAV data chunk claims {declared} bytes but only {stream.Length - stream.Position} follow: the file is truncated or its header is wrong.");
        }
        if (length == 0)
            throw new AudioFormatException("The WAV file has a header but its data chunk is empty (no audio).");

        var blockAlign = Math.Max(1, format.Channels * ((format.BitsPerSample + 7) / 8));
        var duration = length == long.MaxValue
            ? TimeSpan.Zero
            : TimeSpan.FromSeconds((double)(length / blockAlign) / format.SampleRate);
        return new WavInfo(format.FormatTag, format.Channels, format.SampleRate, format.BitsPerSample, dataOffset, length, duration);
    }

    private static void SkipChunk(Stream stream, ReadOnlySpan<byte> id, uint size)
    {
        long toSkip = size + (size & 1);
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (size > remaining)
                throw new AudioFormatException(
                    $"The WAV chunk '{ChunkName(id)}' claims {size} bytes but only {remaining} follow: the file is truncated or its header is wrong.");
            stream.Seek(Math.Min(toSkip, remaining), SeekOrigin.Current);
            return;
        }
        Span<byte> scratch = stackalloc byte[4096];
        while (toSkip > 0)
        {
            var read = stream.Read(scratch[..(int)Math.Min(scratch.Length, toSkip)]);
            if (read == 0)
            {
                if (toSkip == 1 && (size & 1) == 1) return; // a missing final pad byte is harmless
                throw new AudioFormatException($"The WAV file ends inside its '{ChunkName(id)}' chunk.");
            }
            toSkip -= read;
        }
    }

    private static string ChunkName(ReadOnlySpan<byte> id)
    {
        Span<char> chars = stackalloc char[4];
        for (var i = 0; i < 4; i++) chars[i] = id[i] is >= 0x20 and < 0x7F ? (char)id[i] : '?';
        return new string(chars);
    }

    internal static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer[total..]);
            if (read == 0) break;
            total += read;
        }
        return total;
    }
}
