namespace Corpus.Core.Audio;

/// <summary>
/// The WADA-SNR lookup table (Kim &amp; Stern, "Robust signal-to-noise ratio estimation based on waveform
/// amplitude distribution analysis", Interspeech 2008), computed here rather than copied: clean speech
/// amplitude is Gamma-distributed with shape 0.4, noise is Gaussian, and for each SNR the table holds
/// G = ln E|z| - E ln|z| of their sum z. G falls monotonically from the pure-speech value to the
/// Gaussian value ½(ln(2/π) + γ + ln 2) as the SNR drops.
/// </summary>
internal static class WadaSnrTable
{
    public const double Shape = 0.4;
    public const int MinDb = -20;
    public const int MaxDb = 100;
    private const int Intervals = 2000;
    private const double UpperV = 2.3; // x = v^5, and e^{-2.3^5} is below 1e-27
    private const double EulerGamma = 0.57721566490153286;

    private static readonly Lazy<double[]> LazyValues = new(Build);

    /// <summary>G for SNR = MinDb, MinDb+1, ..., MaxDb decibels.</summary>
    public static double[] Values => LazyValues.Value;

    private static double[] Build()
    {
        // Substituting x = v^5 (= u^(1/shape) with u = v^2) turns the Gamma(0.4) density, singular at 0,
        // into the smooth weight 2v·e^(-v^5)/Γ(1.4) dv; the weights are normalised numerically instead.
        var nodes = new double[Intervals + 1];
        var weights = new double[Intervals + 1];
        var step = UpperV / Intervals;
        double total = 0;
        for (var i = 0; i <= Intervals; i++)
        {
            var v = i * step;
            nodes[i] = Math.Pow(v, 5);
            var simpson = i == 0 || i == Intervals ? 1 : i % 2 == 1 ? 4 : 2;
            weights[i] = simpson * 2 * v * Math.Exp(-nodes[i]);
            total += weights[i];
        }
        for (var i = 0; i <= Intervals; i++) weights[i] /= total;

        var speechPower = Shape * (Shape + 1);
        var table = new double[MaxDb - MinDb + 1];
        for (var db = MinDb; db <= MaxDb; db++)
        {
            var sigma = Math.Sqrt(speechPower / Math.Pow(10, db / 10.0));
            double meanAbs = 0, meanLog = 0;
            for (var i = 0; i <= Intervals; i++)
            {
                meanAbs += weights[i] * FoldedNormalMean(nodes[i], sigma);
                meanLog += weights[i] * MeanLogAbsNormal(nodes[i], sigma);
            }
            table[db - MinDb] = Math.Log(meanAbs) - meanLog;
        }
        return table;
    }

    /// <summary>E|x + n| for n ~ N(0, σ²).</summary>
    internal static double FoldedNormalMean(double x, double sigma) =>
        sigma * Math.Sqrt(2 / Math.PI) * Math.Exp(-x * x / (2 * sigma * sigma)) + x * Erf(x / (sigma * Math.Sqrt(2)));

    /// <summary>
    /// E ln|x + n| for n ~ N(0, σ²): (x+n)²/σ² is non-central chi-square with one degree of freedom and
    /// λ = x²/σ², whose log-mean is ln 2 + Σ_j Poisson(j; λ/2) ψ(½ + j). For large λ the series is replaced
    /// by the expansion ln x - 1/(2λ) - 3/(4λ²), accurate to a few parts in a million there.
    /// </summary>
    internal static double MeanLogAbsNormal(double x, double sigma)
    {
        var lambda = x * x / (sigma * sigma);
        if (lambda > 100) return Math.Log(x) - 1 / (2 * lambda) - 3 / (4 * lambda * lambda);

        var mean = lambda / 2;
        var poisson = Math.Exp(-mean);
        var digamma = -EulerGamma - 2 * Math.Log(2); // ψ(½)
        var sum = poisson * digamma;
        var last = (int)(mean + 12 * Math.Sqrt(mean) + 20);
        for (var j = 1; j <= last; j++)
        {
            digamma += 1 / (j - 0.5);
            poisson *= mean / j;
            sum += poisson * digamma;
        }
        return Math.Log(sigma) + 0.5 * (Math.Log(2) + sum);
    }

    /// <summary>Error function (Abramowitz &amp; Stegun 7.1.26, |error| &lt; 1.5e-7).</summary>
    internal static double Erf(double x)
    {
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1 / (1 + 0.3275911 * x);
        var y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return sign * y;
    }
}
