using Microsoft.Extensions.Options;

namespace Corpus.Server.Processing;

/// <summary>The background worker inside the server: processes received items as they arrive.</summary>
internal sealed class ProcessingWorker(ProcessingRunner runner, IOptions<ProcessingOptions> options, TimeProvider time, ILogger<ProcessingWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await runner.RunBatchAsync(stoppingToken);
                if (batch.Processed + batch.Failed == 0) await Task.Delay(options.Value.IdleDelay, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "The processing worker hit an error; retrying shortly.");
                await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
            }
        }
    }
}
