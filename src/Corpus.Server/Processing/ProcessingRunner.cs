using Corpus.Data.Ingestion;
using Corpus.Data.Processing;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Processing;

/// <summary>
/// Claims received items in leased batches and stores each item's outcome atomically with the state
/// change, so stopping at any moment loses nothing and never produces a second result: an
/// unfinished item keeps its lease until it expires and is then claimed again.
/// </summary>
internal sealed class ProcessingRunner
{
    private readonly WorkQueue _queue;
    private readonly ItemProcessor _processor;
    private readonly ResultStore _results;
    private readonly ItemStore _items;
    private readonly ProcessingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ProcessingRunner> _log;

    public ProcessingRunner(WorkQueue queue, ItemProcessor processor, ResultStore results, ItemStore items,
        IOptions<ProcessingOptions> options, TimeProvider time, ILogger<ProcessingRunner> log)
    {
        _queue = queue;
        _processor = processor;
        _results = results;
        _items = items;
        _options = options.Value;
        _time = time;
        _log = log;
    }

    /// <summary>
    /// Processes one claimed batch; an empty summary means nothing was waiting. Recordings are decoded
    /// in parallel; duplicate look-ups, scoring and commits then run one item at a time in arrival
    /// order, so each item sees the items before it, including those of its own batch.
    /// </summary>
    public async Task<ProcessingSummary> RunBatchAsync(CancellationToken cancellationToken)
    {
        var (owner, batch) = await _queue.ClaimAsync(_options.BatchSize, _options.Lease, cancellationToken);
        var prepared = new RecordingFacts?[batch.Count];
        var ready = new bool[batch.Count];
        var failed = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, batch.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                if (batch[i].Attempts > _options.MaxAttempts)
                {
                    ready[i] = true;
                    return;
                }
                try
                {
                    prepared[i] = await _processor.PrepareAsync(batch[i], token);
                    ready[i] = true;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                    await FailedAsync(owner, batch[i], e, token);
                }
            });

        var states = new Dictionary<string, int>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (!ready[i]) continue;
            try
            {
                if (await CompleteAsync(owner, batch[i], prepared[i], cancellationToken) is { } state)
                    states[state] = states.GetValueOrDefault(state) + 1;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                await FailedAsync(owner, batch[i], e, cancellationToken);
            }
        }
        return new ProcessingSummary(states, failed);
    }

    /// <summary>Decides and stores one item; scores it again when an exact copy was completed meanwhile (by another instance).</summary>
    private async Task<string?> CompleteAsync(string owner, ItemRecord item, RecordingFacts? prepared, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var outcome = item.Attempts > _options.MaxAttempts
                ? _processor.GiveUp(item)
                : await _processor.DecideAsync(item, prepared, cancellationToken);
            try
            {
                var completed = await _results.CompleteAsync(owner, outcome.Result, outcome.State, outcome.MinHash, outcome.Children, _items,
                    _time.GetUtcNow(), cancellationToken, checkExactDuplicate: true);
                return completed ? outcome.State : null;
            }
            catch (DuplicateAppearedException) when (attempt < 3)
            {
                // The copy is committed now, so scoring again finds it.
            }
        }
    }

    private async Task FailedAsync(string owner, ItemRecord item, Exception error, CancellationToken cancellationToken)
    {
        _log.LogError(error, "Processing item {ItemId} failed (attempt {Attempt} of {Max}); it is retried when its lease expires.",
            item.Id, item.Attempts, _options.MaxAttempts);
        await _queue.RecordFailureAsync(owner, item.Id, $"{error.GetType().Name}: {error.Message}", cancellationToken);
    }

    /// <summary>Processes until no received item is left (items leased by a dead worker are taken once their lease expires).</summary>
    public async Task<ProcessingSummary> RunUntilEmptyAsync(IProgress<ProcessingSummary>? progress, CancellationToken cancellationToken)
    {
        var total = new Dictionary<string, int>();
        var failed = 0;
        while (true)
        {
            var batch = await RunBatchAsync(cancellationToken);
            foreach (var (state, count) in batch.ByState) total[state] = total.GetValueOrDefault(state) + count;
            failed += batch.Failed;
            progress?.Report(new ProcessingSummary(total, failed));
            if (batch.Processed + batch.Failed > 0) continue;
            if (await _queue.CountWaitingAsync(cancellationToken) == 0 || batch.Failed > 0) return new ProcessingSummary(total, failed);
            await Task.Delay(_options.IdleDelay, _time, cancellationToken);
        }
    }
}
