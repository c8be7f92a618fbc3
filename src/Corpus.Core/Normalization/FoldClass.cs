namespace Corpus.Core.Normalization;

/// <summary>What the character pass (DESIGN.md §3 steps 2-7) does with one UTF-16 code unit.</summary>
internal enum FoldClass : byte
{
    Keep,
    Remove,
    Space,
    LineBreak,
    CarriageReturn,
    Diacritic,
    Tatweel,
    Map,
    DarijaG,
    ZeroWidthJoiner,
    Compatibility,
    Composing,
    HighSurrogate,
    Emoji,
}
