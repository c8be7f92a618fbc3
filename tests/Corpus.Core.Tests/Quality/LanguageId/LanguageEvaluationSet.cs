using Corpus.Core.Quality.LanguageId;
using Corpus.Testing;

namespace Corpus.Core.Tests.Quality.LanguageId;

/// <summary>The evaluation lines of ../shared/data/text with their expected labels (never used for training).</summary>
internal static class LanguageEvaluationSet
{
    /// <summary>Expected label "ary" means Darija in either script.</summary>
    public const string AnyDarija = "ary";

    public static List<(string Source, string Expected, string Text)> Load()
    {
        var lines = new List<(string, string, string)>();
        foreach (var file in new[] { "text/doda_ongoing_02.csv", "text/doda_ongoing_15.csv" })
        {
            foreach (var row in File.ReadLines(TestPaths.RequireSharedFile(file)).Skip(1))
            {
                var fields = row.TrimEnd('\r').Split(',');
                if (fields.Length < 3) continue;
                lines.Add(("doda-latin", LanguageLabels.DarijaLatin, fields[0]));
                lines.Add(("doda-arabic", LanguageLabels.DarijaArabic, fields[^1]));
            }
        }
        foreach (var row in File.ReadLines(TestPaths.RequireSharedFile("text/myc_youtube_dev.csv")).Skip(1))
        {
            var line = row.TrimEnd('\r');
            var comma = line.LastIndexOf(',');
            if (comma > 0) lines.Add(("youtube", AnyDarija, line[..comma]));
        }
        AddPlain(lines, "text/tatoeba_ara_dev.txt", LanguageLabels.StandardArabic);
        AddPlain(lines, "text/tatoeba_fra_dev.txt", LanguageLabels.French);
        AddPlain(lines, "text/tatoeba_eng_dev.txt", LanguageLabels.English);
        return lines;
    }

    private static void AddPlain(List<(string, string, string)> lines, string file, string label)
    {
        foreach (var line in File.ReadLines(TestPaths.RequireSharedFile(file)))
        {
            if (line.Trim().Length > 0) lines.Add((Path.GetFileNameWithoutExtension(file), label, line.Trim()));
        }
    }
}
