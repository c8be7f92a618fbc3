namespace Corpus.Core.Normalization;

/// <summary>Where in a word an Arabizi rule applies.</summary>
[Flags]
internal enum RulePosition
{
    Initial = 1,
    Medial = 2,
    Final = 4,
    Alone = 8,
    Anywhere = Initial | Medial | Final | Alone,
    NotInitial = Medial | Final,
}
