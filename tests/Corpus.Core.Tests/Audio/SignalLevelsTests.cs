using Corpus.Core.Audio;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class SignalLevelsTests
{
    [TestCase(1000)]
    [TestCase(1_000_003)]
    public void Measure_FullScaleSineWithOffset_GivesPeakRmsAndDc(int length)
    {
        var samples = new float[length];
        for (var i = 0; i < length; i++) samples[i] = 0.01f + 0.5f * MathF.Sin(2 * MathF.PI * i / 100);
        samples[length / 2] = -0.9f;

        var levels = SignalLevels.Measure(samples);

        Assert.That(levels.PeakDbfs, Is.EqualTo(20 * Math.Log10(0.9)).Within(0.001));
        Assert.That(levels.RmsDbfs, Is.EqualTo(10 * Math.Log10(0.125 + 0.0001)).Within(0.05));
        Assert.That(levels.DcOffset, Is.EqualTo(0.01).Within(0.002));
    }

    [Test]
    public void Measure_DigitalSilence_ReportsTheSilenceFloorNotInfinity()
    {
        var levels = SignalLevels.Measure(new float[5000]);
        Assert.That((levels.PeakDbfs, levels.RmsDbfs), Is.EqualTo((SignalLevels.SilenceDbfs, SignalLevels.SilenceDbfs)));
    }
}
