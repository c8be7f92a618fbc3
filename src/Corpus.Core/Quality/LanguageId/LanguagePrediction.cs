namespace Corpus.Core.Quality.LanguageId;

/// <summary>The most likely language of a text, its probability, and the combined probability of Darija in either script.</summary>
public sealed record LanguagePrediction(string Label, double Probability, double DarijaProbability)
{
    public bool IsDarija => LanguageLabels.IsDarija(Label);
}
