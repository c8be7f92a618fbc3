namespace Corpus.Data.Moving;

/// <summary>Rows of one table in the source and in the target after a move.</summary>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool Matches => Source == Target;
}
