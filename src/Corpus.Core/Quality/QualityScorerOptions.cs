namespace Corpus.Core.Quality;

/// <summary>Text thresholds of the quality scorer (DESIGN.md §4 defaults; audio thresholds are in AudioOptions); validated when the scorer is built.</summary>
public sealed class QualityScorerOptions
{
    public double MinDarijaProbability { get; init; } = 0.5;
    public int MinLetters { get; init; } = 2;
    public int MaxCharacters { get; init; } = 5000;
    public double MinLetterWordShare { get; init; } = 0.743;
    public double MaxTopBigramShare { get; init; } = 0.245;
    public double MaxTopTrigramShare { get; init; } = 0.224;
    public double MaxTopFourgramShare { get; init; } = 0.197;
    public double MaxDuplicateLineShare { get; init; } = 0.32;

    /// <summary>Repetition shares are only judged from this many words: a short post repeating "bzaf bzaf" is not spam.</summary>
    public int MinWordsForRepetition { get; init; } = 10;


    /// <summary>Every problem with these options; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Share(string name, double value)
        {
            if (!(value is >= 0 and <= 1)) problems.Add($"{name} must be between 0 and 1 (was {value}).");
        }
        void Ordered(string low, double lowValue, string high, double highValue)
        {
            if (!(lowValue < highValue)) problems.Add($"{low} ({lowValue}) must be below {high} ({highValue}).");
        }
        Share(nameof(MinDarijaProbability), MinDarijaProbability);
        Share(nameof(MinLetterWordShare), MinLetterWordShare);
        Share(nameof(MaxTopBigramShare), MaxTopBigramShare);
        Share(nameof(MaxTopTrigramShare), MaxTopTrigramShare);
        Share(nameof(MaxTopFourgramShare), MaxTopFourgramShare);
        Share(nameof(MaxDuplicateLineShare), MaxDuplicateLineShare);
        if (MinLetters < 0) problems.Add($"{nameof(MinLetters)} must not be negative.");
        if (MinWordsForRepetition < 1) problems.Add($"{nameof(MinWordsForRepetition)} must be at least 1.");
        Ordered(nameof(MinLetters), MinLetters, nameof(MaxCharacters), MaxCharacters);
        return problems;
    }

    /// <summary>Throws with every problem listed when the options are not usable.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0) throw new ArgumentException("Invalid quality scorer options: " + string.Join(" ", problems));
    }
}
