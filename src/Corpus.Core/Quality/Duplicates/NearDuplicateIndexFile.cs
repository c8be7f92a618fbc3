using System.Buffers.Binary;
using System.Text;

namespace Corpus.Core.Quality.Duplicates;

/// <summary>
/// The append-only file behind a persistent index: a header, then one record per item
/// (id, 14 band hashes, 112 fingerprints, checksum). A torn record at the end is cut off on load.
/// </summary>
internal sealed class NearDuplicateIndexFile : IDisposable
{
    private const uint Magic = 0x49484D43; // "CMHI"
    private const int HeaderSize = 16;
    private const int FixedRecordSize = 2 + MinHashScheme.Bands * 8 + MinHashScheme.HashCount * 2 + 4;
    private readonly FileStream stream;
    private readonly byte[] record = new byte[FixedRecordSize + ushort.MaxValue];

    private NearDuplicateIndexFile(FileStream stream) => this.stream = stream;

    public delegate void RecordReader(string itemId, ReadOnlySpan<ulong> bandHashes, ReadOnlySpan<ushort> fingerprints);

    /// <summary>Opens or creates the file, replays every intact record, and positions for appending.</summary>
    public static NearDuplicateIndexFile Open(string path, RecordReader onRecord)
    {
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        try
        {
            if (stream.Length == 0) WriteHeader(stream);
            else ReadHeader(stream, path);
            var file = new NearDuplicateIndexFile(stream);
            var end = file.Replay(onRecord);
            stream.SetLength(end);
            stream.Position = end;
            return file;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public void Append(string itemId, ReadOnlySpan<ulong> bandHashes, ReadOnlySpan<ushort> fingerprints)
    {
        var idLength = Encoding.UTF8.GetBytes(itemId, record.AsSpan(2));
        var span = record.AsSpan(0, FixedRecordSize + idLength);
        BinaryPrimitives.WriteUInt16LittleEndian(span, checked((ushort)idLength));
        var offset = 2 + idLength;
        foreach (var band in bandHashes) { BinaryPrimitives.WriteUInt64LittleEndian(span[offset..], band); offset += 8; }
        foreach (var print in fingerprints) { BinaryPrimitives.WriteUInt16LittleEndian(span[offset..], print); offset += 2; }
        BinaryPrimitives.WriteUInt32LittleEndian(span[offset..], Checksum(span[..offset]));
        stream.Write(span);
    }

    /// <summary>Pushes appended records to the disk; call after each batch the caller has committed.</summary>
    public void Flush() => stream.Flush(flushToDisk: true);

    public void Dispose() => stream.Dispose();

    private long Replay(RecordReader onRecord)
    {
        Span<ulong> bands = stackalloc ulong[MinHashScheme.Bands];
        Span<ushort> prints = stackalloc ushort[MinHashScheme.HashCount];
        var good = (long)HeaderSize;
        stream.Position = HeaderSize;
        while (stream.ReadAtLeast(record.AsSpan(0, 2), 2, throwOnEndOfStream: false) == 2)
        {
            var idLength = BinaryPrimitives.ReadUInt16LittleEndian(record);
            var rest = FixedRecordSize - 2 + idLength;
            if (stream.ReadAtLeast(record.AsSpan(2, rest), rest, throwOnEndOfStream: false) < rest) break;
            var span = record.AsSpan(0, FixedRecordSize + idLength);
            var offset = 2 + idLength;
            var itemId = Encoding.UTF8.GetString(span[2..offset]);
            for (var i = 0; i < bands.Length; i++, offset += 8) bands[i] = BinaryPrimitives.ReadUInt64LittleEndian(span[offset..]);
            for (var i = 0; i < prints.Length; i++, offset += 2) prints[i] = BinaryPrimitives.ReadUInt16LittleEndian(span[offset..]);
            if (BinaryPrimitives.ReadUInt32LittleEndian(span[offset..]) != Checksum(span[..offset])) break;
            onRecord(itemId, bands, prints);
            good += span.Length;
        }
        return good;
    }

    private static void WriteHeader(FileStream stream)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(header[8..], VersionHash());
        stream.Write(header);
        stream.Flush(flushToDisk: true);
    }

    private static void ReadHeader(FileStream stream, string path)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        if (stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize
            || BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
            throw new InvalidDataException($"{path} is not a near-duplicate index file.");
        if (BinaryPrimitives.ReadUInt64LittleEndian(header[8..]) != VersionHash())
            throw new InvalidDataException($"{path} was written with another MinHash scheme than {MinHashScheme.Version}; rebuild it.");
    }

    private static ulong VersionHash() => StableHash.Chars(MinHashScheme.Version, 0);

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
