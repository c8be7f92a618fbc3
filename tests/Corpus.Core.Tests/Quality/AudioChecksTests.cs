using Corpus.Core.Audio;
using Corpus.Core.Normalization;
using Corpus.Core.Quality;

namespace Corpus.Core.Tests.Quality;

/// <summary>Recordings judged end to end: measurements -> the audio rules (AudioOptions thresholds) -> the scorer's decision.</summary>
[TestFixture]
public sealed class AudioChecksTests
{
    private static readonly AudioMeasurements CleanPrompted = new(
        DurationSeconds: 3.6, TrimmedDurationSeconds: 3.2, PeakDbfs: -6, RmsDbfs: -22, DcOffset: 0, SnrDb: 28, ClippedShare: 0,
        LongestFullScaleRun: 0, SpeechShare: 0.8, SpeechSeconds: 2.6, LeadingSilenceSeconds: 0.2, TrailingSilenceSeconds: 0.2,
        BandwidthHz: 7600, WordsPerSecond: 1.6, CharsPerSecond: 9);

    private QualityScorer scorer = null!;

    [OneTimeSetUp]
    public void CreateScorer() => scorer = new QualityScorer(new QualityScorerOptions(), TrainedLanguageModel.Identifier);

    private static readonly NormalizedText Transcript = TextNormalizer.Normalize("شعل الضو عافاك", TextKind.Text);

    private QualityResult Score(AudioMeasurements measurements, bool prompted = true) =>
        scorer.Score(new QualityInput
        {
            Text = Transcript,
            Audio = new AudioSignalInput(measurements.TrimmedDurationSeconds, AudioFlagRules.Evaluate(measurements, new AudioOptions(), prompted)),
        });

    [Test]
    public void Score_CleanPromptedRecording_IsAccepted()
    {
        Assert.That(Score(CleanPrompted).Decision, Is.EqualTo(QualityDecisions.Accepted));
    }

    [Test]
    public void Score_CleanRecordingWithoutTranscript_IsFlaggedForSomeoneToWriteTheWords()
    {
        var result = scorer.Score(new QualityInput
        {
            Audio = new AudioSignalInput(CleanPrompted.TrimmedDurationSeconds, AudioFlagRules.Evaluate(CleanPrompted, new AudioOptions(), prompted: false)),
        });

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(result.Flags.Single().Name, Is.EqualTo(QualityFlags.NoTranscript));
        Assert.That(result.Flags.Single().Reason, Does.Contain("write what is said"));
    }

    [Test]
    public void Score_SilentRecording_IsFlaggedWithTheMeasuredLevels()
    {
        var silent = CleanPrompted with { PeakDbfs = -120, SnrDb = null, SpeechShare = 0, SpeechSeconds = 0 };

        var result = Score(silent);

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(result.Flags.Single(f => f.Name == AudioFlagNames.NoSpeech).Reason, Does.Contain("0 s of speech").And.Contain("0.3 s"));
        Assert.That(result.Flags.Single(f => f.Name == AudioFlagNames.TooQuiet).Reason, Does.Contain("-120.0 dBFS").And.Contain("-30 dBFS"));
        Assert.That(result.Score, Is.LessThan(0.5));
    }

    [Test]
    public void Score_MostlySilentRecording_IsFlaggedWithTheSpeechShare()
    {
        var result = Score(CleanPrompted with { SpeechShare = 0.3 });

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(result.Flags.Single(f => f.Name == AudioFlagNames.LowSpeechShare).Reason, Does.Contain("30%").And.Contain("50%"));
    }

    [Test]
    public void Score_QuietNoisyRecording_IsFlaggedWithPeakAndSnr()
    {
        var result = Score(CleanPrompted with { PeakDbfs = -41.5, SnrDb = 9.3 });

        Assert.That(result.Flags.Single(f => f.Name == AudioFlagNames.TooQuiet).Measured, Is.EqualTo(-41.5));
        Assert.That(result.Flags.Single(f => f.Name == AudioFlagNames.LowSnr).Reason, Does.Contain("9.3 dB"));
        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
    }

    [Test]
    public void Score_ClippedRecording_IsFlaggedWithShareAndRun()
    {
        var result = Score(CleanPrompted with { PeakDbfs = 0, ClippedShare = 0.012, LongestFullScaleRun = 57 });

        var clipping = result.Flags.Single(f => f.Name == AudioFlagNames.Clipping);
        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(clipping.Reason, Does.Contain("1.2%"));
        Assert.That(clipping.Measured, Is.EqualTo(0.012));
        Assert.That(result.Flags.Single(f => f.Name == AudioFlagNames.ClippingRun).Reason, Does.Contain("57 consecutive samples"));
    }

    [Test]
    public void Score_ShortRunsOfFullScaleSamples_AreClippingEvenWhenRare()
    {
        var result = Score(CleanPrompted with { ClippedShare = 0.0001, LongestFullScaleRun = 3 });

        Assert.That(result.HasFlag(AudioFlagNames.ClippingRun), Is.True);
        Assert.That(result.HasFlag(AudioFlagNames.Clipping), Is.False);
    }

    [Test]
    public void Score_SnrBelowFiveDb_IsRejected()
    {
        var result = Score(CleanPrompted with { SnrDb = 2.5 });

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Rejected));
        Assert.That(result.HasFlag(AudioFlagNames.VeryLowSnr), Is.True);
    }

    [Test]
    public void Score_EmptyOrCorruptFile_IsRejected()
    {
        var empty = scorer.Score(new QualityInput { Audio = new AudioSignalInput(0, []) });
        var corrupt = scorer.Score(new QualityInput { Audio = AudioSignalInput.Undecodable("truncated RIFF header") });

        Assert.That(empty.HasFlag(QualityFlags.EmptyAudio) && empty.Decision == QualityDecisions.Rejected, Is.True);
        Assert.That(corrupt.Flags.Single().Reason, Does.Contain("truncated RIFF header"));
        Assert.That(corrupt.Decision, Is.EqualTo(QualityDecisions.Rejected));
    }

    [Test]
    public void Score_PromptReadTooFastForItsLength_FlagsDurationAndBothRates()
    {
        var result = Score(CleanPrompted with { TrimmedDurationSeconds = 0.9, WordsPerSecond = 5.5, CharsPerSecond = 30 });

        Assert.That(result.Flags.Select(f => f.Name), Is.SupersetOf(new[]
        {
            AudioFlagNames.TooShort, AudioFlagNames.SpeechRateFast, AudioFlagNames.CharRateFast,
        }));
    }

    [Test]
    public void Score_LongFreeSpeech_IsNotHeldToThePromptedLength()
    {
        var result = Score(CleanPrompted with { TrimmedDurationSeconds = 40, WordsPerSecond = null, CharsPerSecond = null }, prompted: false);

        Assert.That(result.HasFlag(AudioFlagNames.TooLong), Is.False);
        Assert.That(Score(CleanPrompted with { TrimmedDurationSeconds = 40 }).HasFlag(AudioFlagNames.TooLong), Is.True);
    }

    [Test]
    public void Score_TelephoneBandwidth_IsFlagged()
    {
        var result = Score(CleanPrompted with { BandwidthHz = 3400 });

        Assert.That(result.Flags.Single(f => f.Name == AudioFlagNames.NarrowBandwidth).Reason, Does.Contain("3400 Hz"));
    }
}
