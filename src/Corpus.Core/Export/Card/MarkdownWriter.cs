using System.Text;

namespace Corpus.Core.Export.Card;

/// <summary>Builds a Markdown document with "\n" line endings whatever the platform.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public MarkdownWriter Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public MarkdownWriter Heading(int level, string title) => Line(new string('#', level) + " " + title).Line();

    /// <summary>A table whose first column is left-aligned and the others right-aligned; cells are plain text.</summary>
    public MarkdownWriter Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Row(header);
        Line("|" + string.Join("|", header.Select((_, i) => i == 0 ? "---" : "---:")) + "|");
        foreach (var row in rows) Row(row);
        return Line();
    }

    public MarkdownWriter Bullets(IEnumerable<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            Line("- " + MarkdownText.Escape(item));
            any = true;
        }
        if (!any) Line("None.");
        return Line();
    }

    public MarkdownWriter CodeBlock(string language, IEnumerable<string> lines)
    {
        Line("```" + language);
        foreach (var line in lines) Line(line);
        return Line("```").Line();
    }

    public override string ToString() => _text.ToString();

    private void Row(IReadOnlyList<string> cells) =>
        Line("| " + string.Join(" | ", cells.Select(MarkdownText.Escape)) + " |");
}
