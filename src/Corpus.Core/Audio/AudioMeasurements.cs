namespace Corpus.Core.Audio;

/// <summary>
/// Quality measurements of one recording. Levels, SNR, speech share and bandwidth are taken on the
/// trimmed 16 kHz mono clip; clipping on the decoded samples before resampling (native WAV) or on
/// ffmpeg's 16 kHz output; silences on the untrimmed 16 kHz signal (with no speech at all, the leading
/// silence is the whole recording). Null means "could not be measured". Speech rates need a prompt.
/// </summary>
public sealed record AudioMeasurements(
    double DurationSeconds,
    double TrimmedDurationSeconds,
    double PeakDbfs,
    double RmsDbfs,
    double DcOffset,
    double? SnrDb,
    double ClippedShare,
    int LongestFullScaleRun,
    double SpeechShare,
    double SpeechSeconds,
    double LeadingSilenceSeconds,
    double TrailingSilenceSeconds,
    double BandwidthHz,
    double? WordsPerSecond,
    double? CharsPerSecond);
