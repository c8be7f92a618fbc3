namespace Corpus.Core.Normalization;

/// <summary>The output side of <see cref="FinishingPass"/>: repeat runs and the current word.</summary>
internal ref struct FinishingState(Span<char> destination, ReplacementTally tally)
{
    private readonly Span<char> _destination = destination;
    private int _runCodePoint = -1;
    private int _runLength;
    private int _wordStart = -1;
    private int _wordLetters;
    private int _wordElongations;

    public int Written { get; private set; }

    public void ResetRun()
    {
        _runCodePoint = -1;
        _runLength = 0;
    }

    public void Append(char c)
    {
        _destination[Written++] = c;
        ResetRun();
    }

    public void AppendVerbatim(ReadOnlySpan<char> text)
    {
        EndWord();
        text.CopyTo(_destination[Written..]);
        Written += text.Length;
        ResetRun();
    }

    public void AppendChar(char c)
    {
        if (char.IsLetter(c))
        {
            if (_wordStart < 0) _wordStart = Written;
            _wordLetters++;
        }
        else
        {
            EndWord();
        }
        if (!KeepRepeat(c)) return;
        _destination[Written++] = c;
    }

    public void AppendCodePoint(int codePoint, char high, char low)
    {
        if (!KeepRepeat(codePoint)) return;
        _destination[Written++] = high;
        _destination[Written++] = low;
    }

    public void EndWord()
    {
        if (_wordStart < 0) return;
        var word = _destination[_wordStart..Written];
        var canonical = Laughter.Canonical(word, _wordLetters);
        if (canonical is not null)
        {
            canonical.AsSpan().CopyTo(_destination[_wordStart..]);
            Written = _wordStart + canonical.Length;
            tally.Add(ReplacementKind.Laughter);
        }
        else
        {
            tally.Add(ReplacementKind.Elongation, _wordElongations);
        }
        _wordStart = -1;
        _wordLetters = 0;
        _wordElongations = 0;
    }

    // Three or more of the same character become two; digits are never touched, and dots keep
    // three so an ellipsis survives.
    private bool KeepRepeat(int codePoint)
    {
        _runLength = codePoint == _runCodePoint ? _runLength + 1 : 1;
        _runCodePoint = codePoint;
        if (codePoint is >= '0' and <= '9') return true;
        var limit = codePoint == '.' ? 3 : 2;
        if (_runLength <= limit) return true;
        if (_runLength == limit + 1 && codePoint != '.')
        {
            if (_wordStart >= 0) _wordElongations++;
            else tally.Add(ReplacementKind.Elongation);
        }
        return false;
    }
}
