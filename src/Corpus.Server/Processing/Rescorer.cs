using Corpus.Data.Ingestion;
using Corpus.Data.Processing;

namespace Corpus.Server.Processing;

/// <summary>
/// Re-runs the current pipeline over items scored by an older one. Each item gets a new result row
/// beside the old (never replacing it) and its state follows the new decision.
/// </summary>
internal sealed class Rescorer(ItemStore items, ItemProcessor processor, ResultStore results, ScorerHost scorer, TimeProvider time)
{
    private const int PageSize = 256;

    public async Task<ProcessingSummary> RunAsync(IProgress<ProcessingSummary>? progress, CancellationToken cancellationToken)
    {
        var version = scorer.PipelineVersion;
        var states = new Dictionary<string, int>();
        var failed = 0;
        var after = "";
        while (true)
        {
            var page = await items.ListScoredWithOtherVersionAsync(version, after, PageSize, cancellationToken);
            if (page.Count == 0) return new ProcessingSummary(states, failed);
            foreach (var item in page)
            {
                after = item.Id;
                try
                {
                    var outcome = await processor.ProcessAsync(item, cancellationToken);
                    if (await results.SaveRescoreAsync(outcome.Result, outcome.Result.Decision, outcome.MinHash, time.GetUtcNow(), cancellationToken))
                        states[outcome.Result.Decision] = states.GetValueOrDefault(outcome.Result.Decision) + 1;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                }
            }
            progress?.Report(new ProcessingSummary(states, failed));
        }
    }
}
