using Corpus.Core.Quality.LanguageId;

namespace Corpus.Core.Quality;

/// <summary>The scorer's verdict on one item, stored with the scorer version that produced it.</summary>
/// <param name="Score">1 for a clean item, lowered by each flag; 0 when rejected.</param>
/// <param name="Decision">"accepted", "flagged" or "rejected" (<see cref="QualityDecisions"/>).</param>
/// <param name="Flags">Every reason, each with the measured value and threshold.</param>
/// <param name="Text">The text measurements, when the item had text.</param>
/// <param name="Language">The language identified, when the item had text with letters.</param>
public sealed record QualityResult(
    double Score,
    string Decision,
    IReadOnlyList<QualityFlag> Flags,
    string ScorerVersion,
    TextSignals? Text,
    LanguagePrediction? Language)
{
    public bool HasFlag(string name)
    {
        foreach (var flag in Flags)
        {
            if (flag.Name == name) return true;
        }
        return false;
    }
}
