using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class BandwidthEstimatorTests
{
    [Test]
    public async Task AnalyzeAsync_SpeechUpsampledFrom8kHz_IsFlaggedNarrowAndWidebandIsNot()
    {
        var directory = TestPaths.NewTempDirectory();
        var wideband = AudioTools.Speech16k(directory);
        var telephone = Path.Combine(directory, "telephone.wav");
        AudioTools.Run(Requires.Sox(), wideband, "-r", "8000", Path.Combine(directory, "8k.wav"));
        AudioTools.Run(Requires.Sox(), Path.Combine(directory, "8k.wav"), "-r", "16000", telephone);

        var wide = await AudioTools.AnalyzeAsync(wideband);
        var narrow = await AudioTools.AnalyzeAsync(telephone);

        Assert.That(wide.Measurements.BandwidthHz, Is.GreaterThan(6000));
        Assert.That(narrow.Measurements.BandwidthHz, Is.InRange(3000, 4000));
        Assert.That(narrow.Flags.Select(f => f.Name), Does.Contain("bandwidth_narrow"));
        Assert.That(wide.Flags.Select(f => f.Name), Does.Not.Contain("bandwidth_narrow"));
    }

    [Test]
    public void Estimate_ToneAt1kHz_ReadsNear1kHz()
    {
        var samples = new float[16000];
        for (var i = 0; i < samples.Length; i++) samples[i] = 0.5f * MathF.Sin(2 * MathF.PI * 1000 * i / 16000);
        Assert.That(BandwidthEstimator.Estimate(samples, 16000, []), Is.InRange(1000, 1400));
    }
}
