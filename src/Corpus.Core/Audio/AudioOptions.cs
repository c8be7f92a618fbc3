namespace Corpus.Core.Audio;

/// <summary>Limits and quality thresholds for audio processing (defaults from DESIGN §4).</summary>
public sealed class AudioOptions
{
    /// <summary>The ffmpeg executable: a bare name looked up on PATH, or a full path.</summary>
    public string FfmpegPath { get; init; } = "ffmpeg";

    public TimeSpan FfmpegTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Longest recording accepted; bounds memory (16 kHz float mono: 3.8 MB per minute).</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Largest upload read into memory when the input stream cannot seek.</summary>
    public long MaxInputBytes { get; init; } = 512L * 1024 * 1024;

    public double MinDurationSeconds { get; init; } = 1;

    /// <summary>Prompted clips longer than this are flagged; free speech longer than <see cref="SegmentMaxSeconds"/> is split.</summary>
    public double MaxPromptedDurationSeconds { get; init; } = 15;

    public double SegmentMinSeconds { get; init; } = 1;

    public double SegmentMaxSeconds { get; init; } = 20;

    /// <summary>Shortest pause at which a long recording may be split.</summary>
    public int MinPauseMs { get; init; } = 300;

    public int KeepSilenceMs { get; init; } = 200;

    public double MinWordsPerSecond { get; init; } = 0.8;

    public double MaxWordsPerSecond { get; init; } = 3.0;

    public double MinCharsPerSecond { get; init; } = 1;

    public double MaxCharsPerSecond { get; init; } = 21;

    public double MinPeakDbfs { get; init; } = -30;

    public double SnrFlagDb { get; init; } = 15;

    public double SnrRejectDb { get; init; } = 5;

    /// <summary>A sample at or above this magnitude counts as full scale.</summary>
    public double ClipLevel { get; init; } = 0.999;

    public double MaxClippedShare { get; init; } = 0.001;

    /// <summary>A run of this many consecutive full-scale samples is flagged as clipping.</summary>
    public int ClipRunLength { get; init; } = 3;

    public double MinSpeechShare { get; init; } = 0.5;

    /// <summary>Less VAD speech than this in the whole recording means "no speech".</summary>
    public double MinSpeechSeconds { get; init; } = 0.3;

    public double MinBandwidthHz { get; init; } = 4000;

    public int VadFrameMs { get; init; } = 20;

    public double VadAbsoluteFloorDbfs { get; init; } = -55;

    public double VadMarginDb { get; init; } = 10;

    public int VadHangoverMs { get; init; } = 200;

    internal VadSettings Vad => new(VadFrameMs, VadAbsoluteFloorDbfs, VadMarginDb, VadHangoverMs);
}
