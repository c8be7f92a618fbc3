using Npgsql;
using Polly;
using Polly.Retry;

namespace Corpus.Data.Postgres;

/// <summary>
/// Retries a unit of work only when Npgsql says the failure is transient (a dropped connection, a deadlock or
/// serialization failure, a server shutting down); constraint violations and bad SQL fail at once.
/// </summary>
public static class PostgresRetry
{
    public static ResiliencePipeline Create(int maxRetryAttempts = 6, TimeSpan? firstDelay = null) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(e => e.IsTransient),
                MaxRetryAttempts = maxRetryAttempts,
                Delay = firstDelay ?? TimeSpan.FromMilliseconds(50),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
}
