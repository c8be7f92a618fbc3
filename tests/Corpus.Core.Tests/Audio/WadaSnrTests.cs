using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class WadaSnrTests
{
    private float[] speech = [];

    [OneTimeSetUp]
    public void MakeSpeech() => speech = AudioTools.ReadWav(AudioTools.Speech16k(TestPaths.NewTempDirectory())).Samples;

    [TestCase(20)]
    [TestCase(10)]
    [TestCase(0)]
    public async Task AnalyzeAsync_SpeechWithWhiteNoiseAtKnownSnr_ReadsWithin3Db(double trueSnrDb)
    {
        var noisy = AddWhiteNoise(speech, trueSnrDb, seed: 11);
        var path = AudioTools.WriteFloatWav(Path.Combine(TestPaths.NewTempDirectory(), "noisy.wav"), noisy, 16000);

        var analysis = await AudioTools.AnalyzeAsync(path);

        Assert.That(analysis.Measurements.SnrDb, Is.EqualTo(trueSnrDb).Within(3.0));
        TestContext.Out.WriteLine($"true {trueSnrDb} dB, WADA {analysis.Measurements.SnrDb} dB");
    }

    [Test]
    public void Estimate_PureGaussianNoise_ReadsTheBottomOfTheTable()
    {
        var noise = AddWhiteNoise(new float[48000], double.NegativeInfinity, seed: 5);
        Assert.That(WadaSnr.Estimate(noise), Is.LessThan(-10));
    }

    [Test]
    public void Estimate_DigitalZerosAddedToNoisySpeech_DoNotChangeTheEstimate()
    {
        var noisy = AddWhiteNoise(speech, 10, seed: 3);
        var gated = noisy.Concat(new float[noisy.Length]).ToArray();
        Assert.That(WadaSnr.Estimate(gated), Is.EqualTo(WadaSnr.Estimate(noisy)).Within(1e-9));
    }

    [Test]
    public void Estimate_AllZeros_IsNull() => Assert.That(WadaSnr.Estimate(new float[16000]), Is.Null);

    [Test]
    public void Table_EndsAtTheGaussianAndGammaLimits()
    {
        var table = WadaSnrTable.Values;
        const double eulerGamma = 0.5772156649;
        var gaussian = 0.5 * (Math.Log(2 / Math.PI) + eulerGamma + Math.Log(2));
        // ln(α) - ψ(α) for α = 0.4, with ψ(0.4) = -2.561384544
        var gamma = Math.Log(0.4) + 2.561384544;
        Assert.That(table[0], Is.EqualTo(gaussian).Within(0.01));
        // At 100 dB about 1% of Gamma(0.4) samples still sit below the noise, so the top entry is a little under the limit.
        Assert.That(table[^1], Is.InRange(gamma - 0.03, gamma));
    }

    [Test]
    public void Table_RisesWithSnr()
    {
        var table = WadaSnrTable.Values;
        for (var i = 1; i < table.Length; i++) Assert.That(table[i], Is.GreaterThanOrEqualTo(table[i - 1]), $"at {WadaSnrTable.MinDb + i} dB");
    }

    [TestCase(0.3)]
    [TestCase(3.0)]
    [TestCase(12.0)]
    public void MeanLogAbsNormal_SeriesAndExpansionAgreeWithSampling(double x)
    {
        var random = new Random(1);
        double sum = 0;
        const int n = 400_000;
        for (var i = 0; i < n; i++) sum += Math.Log(Math.Abs(x + Gaussian(random)));
        Assert.That(WadaSnrTable.MeanLogAbsNormal(x, 1.0), Is.EqualTo(sum / n).Within(0.01));
    }

    internal static float[] AddWhiteNoise(float[] clean, double snrDb, int seed)
    {
        var random = new Random(seed);
        double power = 0;
        foreach (var s in clean) power += s * s;
        power /= clean.Length;
        var sigma = double.IsNegativeInfinity(snrDb) ? 0.1 : Math.Sqrt(power / Math.Pow(10, snrDb / 10));
        var noisy = new float[clean.Length];
        for (var i = 0; i < noisy.Length; i++) noisy[i] = (float)(clean[i] + sigma * Gaussian(random));
        return noisy;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
