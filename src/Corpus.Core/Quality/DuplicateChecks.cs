using static Corpus.Core.FlagFormat;

namespace Corpus.Core.Quality;

/// <summary>Flags from the duplicates the caller found: a copy of a rejected item is rejected, any other copy goes to review.</summary>
internal static class DuplicateChecks
{
    public static void Add(QualityInput input, double nearThreshold, List<QualityFlag> flags)
    {
        if (input.ExactDuplicateOf is { } exact)
        {
            var rejected = exact.Decision == QualityDecisions.Rejected;
            flags.Add(new(rejected ? QualityFlags.ExactDuplicateOfRejected : QualityFlags.ExactDuplicate,
                $"Same text as item {exact.ItemId}{DecisionNote(exact.Decision)}.", 1, 1));
        }
        foreach (var near in input.NearDuplicatesOf)
        {
            if (near.ItemId == input.ExactDuplicateOf?.ItemId) continue;
            flags.Add(new(QualityFlags.NearDuplicate,
                $"Nearly the same text as item {near.ItemId}{DecisionNote(near.Decision)}: estimated Jaccard similarity {Number(near.Jaccard)} (threshold {Number(nearThreshold)}).",
                near.Jaccard, nearThreshold));
        }
    }

    private static string DecisionNote(string? decision) => decision is null ? "" : $" ({decision})";
}
