namespace Corpus.Core.Normalization;

/// <summary>The destination side of <see cref="CharacterFolder"/>, with the counts it reports.</summary>
internal ref struct FoldOutput(Span<char> destination, char darijaG)
{
    private readonly Span<char> _destination = destination;
    private int _diacritics;
    private int _tatweels;
    private int _emoji;
    private int _regionalIndicators;

    public int Length { get; private set; }

    public readonly ReadOnlySpan<char> Written => _destination[..Length];

    public bool TryAppend(char c)
    {
        if (Length >= _destination.Length) return false;
        _destination[Length++] = c;
        return true;
    }

    /// <summary>Copies characters that need no change; false when the destination is full.</summary>
    public bool TryAppendPlain(ReadOnlySpan<char> plain)
    {
        if (!plain.TryCopyTo(_destination[Length..])) return false;
        Length += plain.Length;
        return true;
    }

    /// <summary>Appends an NFKC replacement; its characters never need NFKC again.</summary>
    public bool TryAppendAll(string mapped)
    {
        foreach (var c in mapped)
        {
            var foldClass = FoldTable.Classes[c];
            if (foldClass is FoldClass.Composing) foldClass = c is >= '\u064B' and <= '\u065F' ? FoldClass.Diacritic : FoldClass.Keep;
            if (!TryApply(foldClass, c)) return false;
        }
        return true;
    }

    public bool TryAppendPair(int codePoint, char high, char low)
    {
        if (Length + 2 > _destination.Length) return false;
        if (EmojiRanges.IsRegionalIndicator(codePoint)) _regionalIndicators++;
        else if (EmojiRanges.IsSupplementaryEmoji(codePoint) && !FollowsJoiner()) _emoji++;
        _destination[Length++] = high;
        _destination[Length++] = low;
        return true;
    }

    public bool TryApply(FoldClass foldClass, char c)
    {
        switch (foldClass)
        {
            case FoldClass.Remove:
                return true;
            case FoldClass.Diacritic:
                _diacritics++;
                return true;
            case FoldClass.Tatweel:
                _tatweels++;
                return true;
            case FoldClass.Space:
                return TryAppend(' ');
            case FoldClass.LineBreak or FoldClass.CarriageReturn:
                return TryAppend('\n');
            case FoldClass.Map:
                return TryAppend(FoldTable.Targets[c]);
            case FoldClass.DarijaG:
                return TryAppend(darijaG);
            case FoldClass.Emoji:
                if (!FollowsJoiner()) _emoji++;
                return TryAppend(c);
            default:
                return TryAppend(c);
        }
    }

    public readonly void ReportTo(ReplacementTally tally)
    {
        tally.Add(ReplacementKind.Diacritics, _diacritics);
        tally.Add(ReplacementKind.Elongation, _tatweels);
        tally.Add(ReplacementKind.Emoji, _emoji + (_regionalIndicators + 1) / 2);
    }

    private readonly bool FollowsJoiner() => Length > 0 && _destination[Length - 1] == '\u200D';
}
