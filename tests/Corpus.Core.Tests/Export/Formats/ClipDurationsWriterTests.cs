using Corpus.Core.Export;
using Corpus.Core.Export.Formats;

namespace Corpus.Core.Tests.Export.Formats;

[TestFixture]
public sealed class ClipDurationsWriterTests
{
    [Test]
    public async Task WriteAsync_ClipsOfAllSplits_ListsEveryClipSortedByPath()
    {
        var clips = new[]
        {
            ReleaseRowSamples.Clip("04C", split: ReleaseSplits.Train) with { DurationMs = 3210 },
            ReleaseRowSamples.Clip("04A", split: ReleaseSplits.Test) with { DurationMs = 1500 },
            ReleaseRowSamples.Clip("04b", split: ReleaseSplits.Dev) with { DurationMs = 987654 },
            ReleaseRowSamples.Clip("04B", split: ReleaseSplits.Train) with { DurationMs = 0 },
        };

        var lines = ClipTsvWriterTests.Lines(await WriteAsync(clips));

        Assert.That(lines, Is.EqualTo(new[]
        {
            "clip\tduration[ms]",
            "04A.wav\t1500",
            "04B.wav\t0",
            "04C.wav\t3210",
            "04b.wav\t987654",
        }));
    }

    [Test]
    public async Task WriteAsync_SameClipsInAnotherOrder_GivesIdenticalBytes()
    {
        var clips = new[] { ReleaseRowSamples.Clip("04X"), ReleaseRowSamples.Clip("04Y"), ReleaseRowSamples.Clip("04Z") };

        Assert.That(await WriteAsync(clips.Reverse()), Is.EqualTo(await WriteAsync(clips)));
    }

    private static async Task<byte[]> WriteAsync(IEnumerable<ReleaseClipRow> clips)
    {
        using var output = new MemoryStream();
        await ClipDurationsWriter.WriteAsync(output, clips, CancellationToken.None);
        return output.ToArray();
    }
}
