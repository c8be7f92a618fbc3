using System.Globalization;
using System.Text;

namespace Corpus.Core.Export.Card;

/// <summary>YAML scalars for the card's front matter.</summary>
internal static class YamlText
{
    /// <summary>Identifiers such as <c>cc-by-4.0</c> stay bare; anything else is double-quoted.</summary>
    public static string Scalar(string value) =>
        value.Length > 0 && char.IsAsciiLetterOrDigit(value[0]) && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '+')
            ? value
            : Quoted(value);

    public static string Quoted(string value)
    {
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\') result.Append('\\').Append(c);
            else if (char.IsControl(c) || char.IsSurrogate(c)) result.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else result.Append(c);
        }
        return result.Append('"').ToString();
    }
}
