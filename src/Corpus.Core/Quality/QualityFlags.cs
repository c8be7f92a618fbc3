using Corpus.Core.Audio;

namespace Corpus.Core.Quality;

/// <summary>Names of the flags the scorer raises itself (audio flags are named in <see cref="AudioFlagNames"/>), and how much each lowers the score.</summary>
public static class QualityFlags
{
    // Hard failures: the item is rejected.
    public const string EmptyText = "empty_text";
    public const string UrlOrEmojiOnly = "url_or_emoji_only";
    public const string ExactDuplicateOfRejected = "exact_duplicate_of_rejected";
    public const string EmptyAudio = "empty_audio";
    public const string CorruptAudio = "corrupt_audio";

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
    /// <summary>A recording with no words to go with it (a segment cut from long free speech): someone must write them.</summary>
    public const string NoTranscript = "no_transcript";

    private static readonly HashSet<string> Rejecting =
        [EmptyText, UrlOrEmojiOnly, ExactDuplicateOfRejected, EmptyAudio, CorruptAudio, AudioFlagNames.VeryLowSnr];

    public static bool Rejects(string name) => Rejecting.Contains(name);

    /// <summary>The share of the score a flag takes away; the score is the product of (1 - penalty).</summary>
    internal static double Penalty(string name) => name switch
    {
        _ when Rejects(name) => 1.0,
        NotDarija => 0.6,
        ExactDuplicate => 0.5,
        TooShort or AudioFlagNames.NoSpeech or AudioFlagNames.LowSpeechShare or AudioFlagNames.TooQuiet or AudioFlagNames.TooShort => 0.4,
        Pii or NearDuplicate or FewWordsWithLetters or DuplicateLines or AudioFlagNames.Clipping or AudioFlagNames.ClippingRun or AudioFlagNames.LowSnr => 0.3,
        AudioFlagNames.TooLong or AudioFlagNames.SpeechRateSlow or AudioFlagNames.SpeechRateFast or AudioFlagNames.CharRateSlow or AudioFlagNames.CharRateFast => 0.3,
        RepeatedBigrams or RepeatedTrigrams or RepeatedFourgrams or AudioFlagNames.NarrowBandwidth => 0.2,
        _ => 0.1,
    };
}
