using System.ComponentModel.DataAnnotations;

namespace Corpus.Server.Processing;

/// <summary>How the background worker takes received items (configuration section "Corpus:Processing").</summary>
public sealed class ProcessingOptions
{
    public const string Section = "Corpus:Processing";

    /// <summary>False runs the service without a worker (items wait for <c>corpus process</c>).</summary>
    public bool Enabled { get; set; } = true;

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 64;

    /// <summary>How long a claimed batch stays with its worker before another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Pause between looks at the queue when it was empty.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan IdleDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After this many failed attempts an item is flagged for a person instead of retried.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Items processed at once within a batch; above the core count so database round trips overlap.</summary>
    [Range(1, 64)]
    public int Parallelism { get; set; } = Math.Max(2, Environment.ProcessorCount);
}
