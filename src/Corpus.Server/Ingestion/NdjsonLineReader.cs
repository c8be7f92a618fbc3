using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Corpus.Server.Ingestion;

/// <summary>Splits a streamed body into lines without holding more than one line in memory.</summary>
internal sealed class NdjsonLineReader(PipeReader reader, int maxLineBytes)
{
    public async IAsyncEnumerable<NdjsonLine> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        var skipping = false;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            while (TryTakeLine(ref buffer, out var line))
            {
                number++;
                if (skipping)
                {
                    skipping = false;
                    yield return new NdjsonLine(number, ReadOnlyMemory<byte>.Empty, TooLong: true);
                }
                else if (line.Length > maxLineBytes)
                {
                    yield return new NdjsonLine(number, ReadOnlyMemory<byte>.Empty, TooLong: true);
                }
                else
                {
                    yield return new NdjsonLine(number, TrimCarriageReturn(line.ToArray()), TooLong: false);
                }
            }
            if (result.IsCompleted)
            {
                if (!buffer.IsEmpty || skipping)
                {
                    number++;
                    var tooLong = skipping || buffer.Length > maxLineBytes;
                    yield return new NdjsonLine(number, tooLong ? ReadOnlyMemory<byte>.Empty : TrimCarriageReturn(buffer.ToArray()), tooLong);
                }
                reader.AdvanceTo(buffer.End);
                yield break;
            }
            if (buffer.Length > maxLineBytes)
            {
                // The current line is already too long: drop what we have and skip to its end.
                skipping = true;
                reader.AdvanceTo(buffer.End);
                continue;
            }
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var position = buffer.PositionOf((byte)'\n');
        if (position is null)
        {
            line = default;
            return false;
        }
        line = buffer.Slice(0, position.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, position.Value));
        return true;
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(byte[] line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line.AsMemory(0, line.Length - 1) : line;
}
