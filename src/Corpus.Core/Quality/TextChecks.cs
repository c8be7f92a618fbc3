using Corpus.Core.Quality.LanguageId;
using static Corpus.Core.FlagFormat;

namespace Corpus.Core.Quality;

/// <summary>Turns text signals and the language into flags.</summary>
internal static class TextChecks
{
    public static void Add(TextSignals s, LanguagePrediction? language, QualityScorerOptions o, List<QualityFlag> flags)
    {
        if (language is not null && language.DarijaProbability < o.MinDarijaProbability)
            flags.Add(new(QualityFlags.NotDarija,
                $"Identified as {language.Label} (probability {Number(language.Probability)}); Darija probability {Number(language.DarijaProbability)} is below {Number(o.MinDarijaProbability)}.",
                language.DarijaProbability, o.MinDarijaProbability));
        if (s.PiiCount > 0)
            flags.Add(new(QualityFlags.Pii,
                $"Personal data replaced: {string.Join(", ", s.PiiKinds)} ({s.PiiCount} in all); check that nothing identifying remains.",
                s.PiiCount, 0));
        if (s.Letters < o.MinLetters)
            flags.Add(new(QualityFlags.TooShort, $"Only {s.Letters} letter(s); at least {o.MinLetters} expected.", s.Letters, o.MinLetters));
        if (s.Characters > o.MaxCharacters)
            flags.Add(new(QualityFlags.TooLong, $"{s.Characters} characters; more than {o.MaxCharacters}.", s.Characters, o.MaxCharacters));
        if (s.LetterWordShare < o.MinLetterWordShare)
            flags.Add(new(QualityFlags.FewWordsWithLetters,
                $"Only {Percent(s.LetterWordShare)} of words contain a letter; at least {Percent(o.MinLetterWordShare)} expected.",
                s.LetterWordShare, o.MinLetterWordShare));
        if (s.Words >= o.MinWordsForRepetition)
        {
            Repetition(QualityFlags.RepeatedBigrams, 2, s.TopBigramShare, o.MaxTopBigramShare, flags);
            Repetition(QualityFlags.RepeatedTrigrams, 3, s.TopTrigramShare, o.MaxTopTrigramShare, flags);
            Repetition(QualityFlags.RepeatedFourgrams, 4, s.TopFourgramShare, o.MaxTopFourgramShare, flags);
        }
        if (s.DuplicateLineShare > o.MaxDuplicateLineShare)
            flags.Add(new(QualityFlags.DuplicateLines,
                $"{Percent(s.DuplicateLineShare)} of lines repeat an earlier line; at most {Percent(o.MaxDuplicateLineShare)} expected.",
                s.DuplicateLineShare, o.MaxDuplicateLineShare));
    }

    private static void Repetition(string name, int n, double share, double max, List<QualityFlag> flags)
    {
        if (share > max)
            flags.Add(new(name, $"The most repeated {n}-word sequence covers {Percent(share)} of the text; at most {Percent(max)} expected.", share, max));
    }
}
