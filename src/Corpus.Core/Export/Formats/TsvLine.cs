using System.Buffers;
using System.Globalization;
using System.Text;

namespace Corpus.Core.Export.Formats;

/// <summary>
/// Builds one line of a Common Voice style TSV. Those files are read with quoting off, so a field can
/// never be quoted: anything that would end the field or the line becomes a space instead.
/// </summary>
internal sealed class TsvLine
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create(
        "\u0085\u2028\u2029" + new string(Enumerable.Range(0, 0x20).Select(i => (char)i).ToArray()));

    private readonly StringBuilder _line = new();
    private bool _hasField;

    public void Start()
    {
        _line.Clear();
        _hasField = false;
    }

    public void Add(string value)
    {
        Separate();
        var start = _line.Length;
        _line.Append(value);
        if (value.AsSpan().IndexOfAny(Breaks) < 0) return;
        for (var i = start; i < _line.Length; i++)
            if (Breaks.Contains(_line[i])) _line[i] = ' ';
    }

    public void Add(long value)
    {
        Separate();
        _line.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The line followed by "\n".</summary>
    public StringBuilder Finish() => _line.Append('\n');

    private void Separate()
    {
        if (_hasField) _line.Append('\t');
        _hasField = true;
    }
}
