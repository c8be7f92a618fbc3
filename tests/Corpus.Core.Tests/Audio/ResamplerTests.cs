using Corpus.Core.Audio;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class ResamplerTests
{
    [TestCase(44100)]
    [TestCase(48000)]
    [TestCase(22050)]
    [TestCase(8000)]
    [TestCase(11025)]
    public void Resample_ToneBelowNyquist_KeepsItsAmplitudeAndFrequency(int fromRate)
    {
        var tone = Tone(440, fromRate, seconds: 1, amplitude: 0.5);

        var output = Resampler.Resample(tone, fromRate, 16000);

        Assert.That(output, Has.Length.EqualTo(16000));
        var middle = output.AsSpan(2000, 12000);
        Assert.That(Rms(middle), Is.EqualTo(0.5 / Math.Sqrt(2)).Within(0.005));
        Assert.That(BandwidthEstimator.Estimate(middle, 16000, []), Is.InRange(440, 800));
    }

    [Test]
    public void Resample_ToneAboveTheNewNyquist_IsRemovedNotAliased()
    {
        var tone = Tone(12000, 48000, seconds: 1, amplitude: 0.5);
        var output = Resampler.Resample(tone, 48000, 16000);
        Assert.That(20 * Math.Log10(Rms(output.AsSpan(2000, 12000))), Is.LessThan(-60));
    }

    private static float[] Tone(double frequency, int rate, double seconds, double amplitude)
    {
        var samples = new float[(int)(rate * seconds)];
        for (var i = 0; i < samples.Length; i++) samples[i] = (float)(amplitude * Math.Sin(2 * Math.PI * frequency * i / rate));
        return samples;
    }

    private static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var s in samples) sum += s * s;
        return Math.Sqrt(sum / samples.Length);
    }
}
