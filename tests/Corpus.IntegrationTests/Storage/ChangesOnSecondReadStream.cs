namespace Corpus.IntegrationTests.Storage;

/// <summary>A seekable source whose bytes change after the first full read, like a file edited during an upload.</summary>
internal sealed class ChangesOnSecondReadStream : MemoryStream
{
    private readonly byte[] _bytes;
    private bool _readToEnd;

    public ChangesOnSecondReadStream(byte[] bytes) : base(bytes, writable: false) => _bytes = bytes;

    public override long Position
    {
        get => base.Position;
        set
        {
            base.Position = value;
            if (_readToEnd && value == 0) _bytes[_bytes.Length / 2] ^= 0xFF;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Track(base.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Track(base.Read(buffer));

    private int Track(int read)
    {
        if (read == 0) _readToEnd = true;
        return read;
    }
}
