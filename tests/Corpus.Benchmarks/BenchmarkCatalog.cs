namespace Corpus.Benchmarks;

internal static class BenchmarkCatalog
{
    public static IEnumerable<IBenchmark> All()
    {
        yield return new Normalization.NormalizeThroughputBenchmark();
    }
}
