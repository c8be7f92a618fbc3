namespace Corpus.Server.Processing;

/// <summary>How many items a run moved to each state, and how many failed (they are retried when their lease expires).</summary>
public sealed record ProcessingSummary(IReadOnlyDictionary<string, int> ByState, int Failed)
{
    public int Processed => ByState.Values.Sum();
}
