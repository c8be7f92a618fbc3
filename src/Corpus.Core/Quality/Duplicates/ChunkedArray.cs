namespace Corpus.Core.Quality.Duplicates;

/// <summary>
/// A growable table of fixed-width rows kept in chunks of 8,192 rows: growing never copies what is
/// stored, so a large index never needs twice its memory for a moment.
/// </summary>
internal sealed class ChunkedArray<T>(int rowWidth = 1)
{
    private const int RowBits = 13;
    private const int RowsPerChunk = 1 << RowBits;
    private readonly List<T[]> chunks = [];

    public ref T this[long row, int column = 0] =>
        ref chunks[(int)(row >> RowBits)][(row & (RowsPerChunk - 1)) * rowWidth + column];

    public Span<T> Row(long row) =>
        chunks[(int)(row >> RowBits)].AsSpan((int)(row & (RowsPerChunk - 1)) * rowWidth, rowWidth);

    public void EnsureRows(long rows)
    {
        while ((long)chunks.Count * RowsPerChunk < rows) chunks.Add(new T[RowsPerChunk * rowWidth]);
    }
}
