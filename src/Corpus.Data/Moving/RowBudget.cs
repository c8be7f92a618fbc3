namespace Corpus.Data.Moving;

/// <summary>
/// How many rows a run may still copy before it stops on purpose; unlimited unless a test asks for a stop, to
/// show that a run cut short anywhere is finished by the next one.
/// </summary>
internal sealed class RowBudget(long? limit)
{
    private long _spent;

    public bool Exhausted => limit is { } max && _spent >= max;

    public void Spend(long rows) => _spent += rows;
}
