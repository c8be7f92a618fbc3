namespace Corpus.Core.Quality;

/// <summary>
/// The audio measurements the scorer judges (DESIGN.md §4), taken on 16 kHz mono. Values that could
/// not be measured are null and raise no flag.
/// </summary>
/// <param name="DurationSeconds">Length after decoding; 0 for an empty file.</param>
/// <param name="PeakDbfs">Highest sample level in dBFS; negative infinity for digital silence.</param>
/// <param name="SnrDb">WADA-SNR estimate in dB.</param>
/// <param name="ClippingShare">Share of samples at full scale (0.001 = 0.1%).</param>
/// <param name="LongestFullScaleRun">Longest run of consecutive full-scale samples.</param>
/// <param name="SpeechShare">Share of the clip the energy VAD marks as speech.</param>
/// <param name="BandwidthHz">Frequency under which almost all energy lies.</param>
/// <param name="WordsPerSecond">Prompt words per second of speech, for prompted clips.</param>
/// <param name="CharactersPerSecond">Prompt characters per second of speech, for prompted clips.</param>
/// <param name="IsPrompted">True when the speaker read a known prompt (so duration and rates are checked).</param>
/// <param name="DecodeError">Why the file could not be decoded, when it could not.</param>
public sealed record AudioSignalInput(
    double DurationSeconds,
    double? PeakDbfs = null,
    double? SnrDb = null,
    double? ClippingShare = null,
    int? LongestFullScaleRun = null,
    double? SpeechShare = null,
    double? BandwidthHz = null,
    double? WordsPerSecond = null,
    double? CharactersPerSecond = null,
    bool IsPrompted = false,
    string? DecodeError = null);
