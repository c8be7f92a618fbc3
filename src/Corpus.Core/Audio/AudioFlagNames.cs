namespace Corpus.Core.Audio;

/// <summary>The stable names of the audio flags (DESIGN.md §4), as stored and shown to annotators.</summary>
public static class AudioFlagNames
{
    public const string NoSpeech = "no_speech";
    public const string LowSpeechShare = "speech_share_low";
    public const string TooShort = "audio_too_short";
    public const string TooLong = "audio_too_long";
    public const string TooQuiet = "peak_low";
    public const string VeryLowSnr = "snr_very_low";
    public const string LowSnr = "snr_low";
    public const string Clipping = "clipping";
    public const string ClippingRun = "clipping_run";
    public const string NarrowBandwidth = "bandwidth_narrow";
    public const string SpeechRateSlow = "speech_rate_slow";
    public const string SpeechRateFast = "speech_rate_fast";
    public const string CharRateSlow = "char_rate_slow";
    public const string CharRateFast = "char_rate_fast";
}
