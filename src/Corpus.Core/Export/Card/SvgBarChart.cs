using System.Text;

namespace Corpus.Core.Export.Card;

/// <summary>A plain horizontal bar chart as standalone SVG: fixed layout, no scripts, no external fonts.</summary>
internal static class SvgBarChart
{
    private const int Width = 640;
    private const int TitleHeight = 36;
    private const int RowHeight = 26;
    private const int BarHeight = 18;
    private const int LabelRight = 190;
    private const int BarLeft = 200;
    private const int BarMaxWidth = 340;
    private const int MaxLabelLength = 28;

    public static string Render(string title, IReadOnlyList<ChartBar> bars)
    {
        var height = TitleHeight + bars.Count * RowHeight + 10;
        var max = bars.Count == 0 ? 0 : bars.Max(bar => bar.Value);
        var svg = new StringBuilder();
        Line(svg, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" role="img" font-family="sans-serif" font-size="12">""");
        Line(svg, $"""  <title>{XmlText.Escape(title)}</title>""");
        Line(svg, $"""  <rect width="{Width}" height="{height}" fill="#ffffff"/>""");
        Line(svg, $"""  <text x="10" y="22" font-size="14" font-weight="bold">{XmlText.Escape(title)}</text>""");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = TitleHeight + i * RowHeight;
            var textY = CardNumbers.Coordinate(top + BarHeight - 5);
            var barWidth = max > 0 ? bar.Value / max * BarMaxWidth : 0;
            Line(svg, $"""  <text x="{LabelRight}" y="{textY}" text-anchor="end">{XmlText.Escape(Shorten(bar.Label))}</text>""");
            Line(svg, $"""  <rect x="{BarLeft}" y="{top}" width="{CardNumbers.Coordinate(barWidth)}" height="{BarHeight}" fill="#4c78a8"/>""");
            Line(svg, $"""  <text x="{CardNumbers.Coordinate(BarLeft + barWidth + 6)}" y="{textY}">{XmlText.Escape(bar.ValueText)}</text>""");
        }
        Line(svg, "</svg>");
        return svg.ToString();
    }

    private static string Shorten(string label)
    {
        var visible = string.Concat(label.Select(c => char.IsControl(c) ? ' ' : c));
        var flat = string.Join(' ', visible.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= MaxLabelLength) return flat;
        var cut = MaxLabelLength - 1;
        if (char.IsHighSurrogate(flat[cut - 1])) cut--;
        return flat[..cut] + "…";
    }

    private static void Line(StringBuilder svg, string line) => svg.Append(line).Append('\n');
}
