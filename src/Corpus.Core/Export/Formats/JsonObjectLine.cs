using System.Buffers;
using System.Globalization;
using System.Text;

namespace Corpus.Core.Export.Formats;

/// <summary>
/// Builds one flat JSON object on one line. Written by hand because the inbox encoders escape every
/// character outside the Basic Multilingual Plane, so emoji would come out as \uD83D\uDE00 pairs.
/// </summary>
internal sealed class JsonObjectLine
{
    // Everything a line reader could take for a line break (Python's str.splitlines also splits on
    // U+0085, U+2028 and U+2029) is escaped, and so are surrogates, so that only pairs pass through.
    private static readonly SearchValues<char> NeedsCare = SearchValues.Create(
        "\"\\\u0085\u2028\u2029" + Range('\0', '\u001f') + Range('\ud800', '\udfff'));

    private readonly StringBuilder _line = new();
    private bool _hasMember;

    public void Start()
    {
        _line.Clear().Append('{');
        _hasMember = false;
    }

    public void Add(string name, string? value)
    {
        AppendName(name);
        if (value is null) _line.Append("null");
        else AppendString(value);
    }

    public void Add(string name, double? value)
    {
        AppendName(name);
        if (value is not { } number) { _line.Append("null"); return; }
        if (!double.IsFinite(number))
            throw new ArgumentOutOfRangeException(name, number, "JSON has no representation for NaN or infinity.");
        _line.Append(number.ToString("R", CultureInfo.InvariantCulture));
    }

    /// <summary>The object closed and followed by "\n".</summary>
    public StringBuilder Finish() => _line.Append("}\n");

    private void AppendName(string name)
    {
        if (_hasMember) _line.Append(',');
        _hasMember = true;
        AppendString(name);
        _line.Append(':');
    }

    private void AppendString(ReadOnlySpan<char> value)
    {
        _line.Append('"');
        while (!value.IsEmpty)
        {
            var next = value.IndexOfAny(NeedsCare);
            if (next < 0) { _line.Append(value); break; }
            _line.Append(value[..next]);
            var taken = AppendSpecial(value[next..]);
            value = value[(next + taken)..];
        }
        _line.Append('"');
    }

    private int AppendSpecial(ReadOnlySpan<char> value)
    {
        var c = value[0];
        if (char.IsHighSurrogate(c) && value.Length > 1 && char.IsLowSurrogate(value[1]))
        {
            _line.Append(value[..2]);
            return 2;
        }
        _line.Append(c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
        });
        return 1;
    }

    private static string Range(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)(first + i);
        return new string(chars);
    }
}
