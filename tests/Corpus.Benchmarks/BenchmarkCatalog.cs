namespace Corpus.Benchmarks;

internal static class BenchmarkCatalog
{
    public static IEnumerable<IBenchmark> All()
    {
        yield return new Ingestion.IngestionBenchmark();
        yield return new Audio.AudioBenchmark();
        yield return new Quality.NearDuplicateBenchmark();
        yield return new Quality.ScoringBenchmark();
        yield return new Normalization.NormalizeThroughputBenchmark();
        yield return new Export.ReleaseWriteBenchmark();
        yield return new Review.ReviewClaimBenchmark();
    }
}
