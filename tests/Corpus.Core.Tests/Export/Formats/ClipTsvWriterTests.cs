using System.Text;
using Corpus.Core.Export;
using Corpus.Core.Export.Formats;

namespace Corpus.Core.Tests.Export.Formats;

[TestFixture]
public sealed class ClipTsvWriterTests
{
    [Test]
    public async Task WriteAsync_Clips_WritesCommonVoiceHeaderAndOneLinePerClip()
    {
        var clips = new[] { ReleaseRowSamples.Clip("03A", ReleaseRowSamples.Arabizi), ReleaseRowSamples.Clip("03B", ReleaseRowSamples.Emoji) };

        var lines = Lines(await WriteAsync(clips));

        Assert.That(lines, Is.EqualTo(new[]
        {
            "client_id\tpath\tsentence\tup_votes\tdown_votes\tage\tgender\taccents\tlocale\tsegment",
            $"speaker-A\t03A.wav\t{ReleaseRowSamples.Arabizi}\t2\t1\ttwenties\tmale_masculine\tFès-Meknès\tary\t",
            $"speaker-B\t03B.wav\t{ReleaseRowSamples.Emoji}\t2\t1\ttwenties\tmale_masculine\tFès-Meknès\tary\t",
        }));
    }

    [Test]
    public async Task WriteAsync_TabsAndLineBreaksInFields_BecomeSpacesAndNeverQuotes()
    {
        var clip = ReleaseRowSamples.Clip("03C", ReleaseRowSamples.Breaks) with { Accents = "Souss\tMassa", Age = "\"thirties\"" };

        var lines = Lines(await WriteAsync([clip]));

        var fields = lines[1].Split('\t');
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(fields, Has.Length.EqualTo(10));
        Assert.That(fields[2], Is.EqualTo("line one line two line three after a tab   end \"quoted\" \\ back"));
        Assert.That(fields[5], Is.EqualTo("\"thirties\""));
        Assert.That(fields[7], Is.EqualTo("Souss Massa"));
    }

    [Test]
    public async Task WriteAsync_SameClipsTwice_GivesIdenticalUtf8BytesWithoutBom()
    {
        var first = await WriteAsync([ReleaseRowSamples.Clip("03D", ReleaseRowSamples.Tifinagh)]);
        var second = await WriteAsync([ReleaseRowSamples.Clip("03D", ReleaseRowSamples.Tifinagh)]);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first[0], Is.EqualTo((byte)'c'));
        Assert.That(Encoding.UTF8.GetString(first), Does.Contain(ReleaseRowSamples.Tifinagh));
    }

    internal static string[] Lines(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.EndWith("\n"));
        Assert.That(text, Does.Not.Contain("\r"));
        return text[..^1].Split('\n');
    }

    private static async Task<byte[]> WriteAsync(IEnumerable<ReleaseClipRow> clips)
    {
        using var output = new MemoryStream();
        await ClipTsvWriter.WriteAsync(output, clips, CancellationToken.None);
        return output.ToArray();
    }
}
