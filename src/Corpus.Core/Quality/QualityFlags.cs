namespace Corpus.Core.Quality;

/// <summary>Names of every flag the scorer raises, and how much each lowers the score.</summary>
public static class QualityFlags
{
    // Hard failures: the item is rejected.
    public const string EmptyText = "empty_text";
    public const string UrlOrEmojiOnly = "url_or_emoji_only";
    public const string ExactDuplicateOfRejected = "exact_duplicate_of_rejected";
    public const string EmptyAudio = "empty_audio";
    public const string CorruptAudio = "corrupt_audio";
    public const string VeryLowSnr = "very_low_snr";

    // Needs a human: the item is flagged.
    public const string NotDarija = "not_darija";
    public const string Pii = "pii";
    public const string ExactDuplicate = "exact_duplicate";
    public const string NearDuplicate = "near_duplicate";
    public const string TooShort = "too_short";
    public const string TooLong = "too_long";
    public const string FewWordsWithLetters = "few_words_with_letters";
    public const string RepeatedBigrams = "repeated_2grams";
    public const string RepeatedTrigrams = "repeated_3grams";
    public const string RepeatedFourgrams = "repeated_4grams";
    public const string DuplicateLines = "duplicate_lines";
    public const string LowSnr = "low_snr";
    public const string TooQuiet = "too_quiet";
    public const string Clipping = "clipping";
    public const string LowSpeechShare = "low_speech_share";
    public const string NarrowBandwidth = "narrow_bandwidth";
    public const string DurationOutOfRange = "duration_out_of_range";
    public const string SpeechRateWords = "speech_rate_words";
    public const string SpeechRateCharacters = "speech_rate_characters";

    private static readonly HashSet<string> Rejecting =
        [EmptyText, UrlOrEmojiOnly, ExactDuplicateOfRejected, EmptyAudio, CorruptAudio, VeryLowSnr];

    public static bool Rejects(string name) => Rejecting.Contains(name);

    /// <summary>The share of the score a flag takes away; the score is the product of (1 - penalty).</summary>
    internal static double Penalty(string name) => name switch
    {
        _ when Rejects(name) => 1.0,
        NotDarija => 0.6,
        ExactDuplicate => 0.5,
        TooShort or CorruptAudio or LowSpeechShare or TooQuiet => 0.4,
        Pii or NearDuplicate or FewWordsWithLetters or DuplicateLines or Clipping or LowSnr => 0.3,
        DurationOutOfRange or SpeechRateWords or SpeechRateCharacters => 0.3,
        RepeatedBigrams or RepeatedTrigrams or RepeatedFourgrams or NarrowBandwidth => 0.2,
        _ => 0.1,
    };
}
