using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class ClippingStatsTests
{
    [Test]
    public async Task AnalyzeAsync_HardClippedSpeech_IsFlaggedAndTheCleanOriginalIsNot()
    {
        var directory = TestPaths.NewTempDirectory();
        var clean = AudioTools.Speech16k(directory);
        var clipped = Path.Combine(directory, "clipped.wav");
        AudioTools.Run(Requires.Sox(), "-V1", clean, clipped, "gain", "18");

        var cleanAnalysis = await AudioTools.AnalyzeAsync(clean);
        var clippedAnalysis = await AudioTools.AnalyzeAsync(clipped);

        Assert.That(cleanAnalysis.Flags.Select(f => f.Name), Has.None.StartsWith("clipping"));
        Assert.That(clippedAnalysis.Flags.Select(f => f.Name), Is.SupersetOf(new[] { "clipping", "clipping_run" }));
        Assert.That(clippedAnalysis.Measurements.LongestFullScaleRun, Is.GreaterThanOrEqualTo(3));
    }

    [Test]
    public async Task AnalyzeAsync_ClippedSpeechAsMp3_IsStillFlagged()
    {
        var directory = TestPaths.NewTempDirectory();
        var clipped = Path.Combine(directory, "clipped.wav");
        AudioTools.Run(Requires.Sox(), "-V1", AudioTools.Speech16k(directory), clipped, "gain", "18");
        var mp3 = AudioTools.Convert(clipped, Path.Combine(directory, "clipped.mp3"), "-c:a", "libmp3lame", "-b:a", "128k");

        var analysis = await AudioTools.AnalyzeAsync(mp3);

        Assert.That(analysis.Flags.Select(f => f.Name), Does.Contain("clipping"));
    }

    [Test]
    public void Measure_RunsAreCountedPerChannel()
    {
        // Left channel holds three full-scale samples in a row; the right one alternates, so never a run.
        float[] interleaved = [1f, -1f, 1f, 0f, 1f, -1f, 0f, 0f];

        var stats = ClippingStats.Measure(interleaved, channels: 2, clipLevel: 0.999f);

        Assert.That(stats.LongestRun, Is.EqualTo(3));
        Assert.That(stats.ClippedShare, Is.EqualTo(5 / 8.0));
    }
}
