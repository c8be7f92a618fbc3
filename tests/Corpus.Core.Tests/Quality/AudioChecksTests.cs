using Corpus.Core.Quality;

namespace Corpus.Core.Tests.Quality;

[TestFixture]
public sealed class AudioChecksTests
{
    private static readonly AudioSignalInput CleanPrompted = new(
        DurationSeconds: 3.2, PeakDbfs: -6, SnrDb: 28, ClippingShare: 0, LongestFullScaleRun: 0, SpeechShare: 0.8,
        BandwidthHz: 7600, WordsPerSecond: 1.6, CharactersPerSecond: 9, IsPrompted: true);

    private QualityScorer scorer = null!;

    [OneTimeSetUp]
    public void CreateScorer() => scorer = new QualityScorer(new QualityScorerOptions(), TrainedLanguageModel.Identifier);

    [Test]
    public void Score_CleanPromptedRecording_IsAccepted()
    {
        var result = scorer.Score(new QualityInput { Audio = CleanPrompted });

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Accepted));
    }

    [Test]
    public void Score_SilentRecording_IsFlaggedWithTheMeasuredLevels()
    {
        var silent = CleanPrompted with { PeakDbfs = double.NegativeInfinity, SnrDb = null, SpeechShare = 0 };

        var result = scorer.Score(new QualityInput { Audio = silent });

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(result.Flags.Single(f => f.Name == QualityFlags.TooQuiet).Reason, Does.Contain("-inf dBFS").And.Contain("-30 dBFS"));
        Assert.That(result.Flags.Single(f => f.Name == QualityFlags.LowSpeechShare).Reason, Does.Contain("0%").And.Contain("50%"));
    }

    [Test]
    public void Score_QuietNoisyRecording_IsFlaggedWithPeakAndSnr()
    {
        var quiet = CleanPrompted with { PeakDbfs = -41.5, SnrDb = 9.3 };

        var result = scorer.Score(new QualityInput { Audio = quiet });

        Assert.That(result.Flags.Single(f => f.Name == QualityFlags.TooQuiet).Measured, Is.EqualTo(-41.5));
        Assert.That(result.Flags.Single(f => f.Name == QualityFlags.LowSnr).Reason, Does.Contain("9.3 dB"));
    }

    [Test]
    public void Score_ClippedRecording_IsFlaggedWithShareAndRun()
    {
        var clipped = CleanPrompted with { PeakDbfs = 0, ClippingShare = 0.012, LongestFullScaleRun = 57 };

        var result = scorer.Score(new QualityInput { Audio = clipped });

        var clipping = result.Flags.Single(f => f.Name == QualityFlags.Clipping);
        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(clipping.Reason, Does.Contain("1.2%").And.Contain("57 samples"));
        Assert.That(clipping.Measured, Is.EqualTo(0.012));
    }

    [Test]
    public void Score_ShortRunsOfFullScaleSamples_AreClippingEvenWhenRare()
    {
        var result = scorer.Score(new QualityInput { Audio = CleanPrompted with { ClippingShare = 0.0001, LongestFullScaleRun = 3 } });

        Assert.That(result.HasFlag(QualityFlags.Clipping), Is.True);
    }

    [Test]
    public void Score_SnrBelowFiveDb_IsRejected()
    {
        var result = scorer.Score(new QualityInput { Audio = CleanPrompted with { SnrDb = 2.5 } });

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Rejected));
        Assert.That(result.HasFlag(QualityFlags.VeryLowSnr), Is.True);
    }

    [Test]
    public void Score_EmptyOrCorruptFile_IsRejected()
    {
        var empty = scorer.Score(new QualityInput { Audio = new AudioSignalInput(0) });
        var corrupt = scorer.Score(new QualityInput { Audio = new AudioSignalInput(0, DecodeError: "truncated RIFF header") });

        Assert.That(empty.HasFlag(QualityFlags.EmptyAudio) && empty.Decision == QualityDecisions.Rejected, Is.True);
        Assert.That(corrupt.Flags.Single().Reason, Does.Contain("truncated RIFF header"));
        Assert.That(corrupt.Decision, Is.EqualTo(QualityDecisions.Rejected));
    }

    [Test]
    public void Score_PromptReadTooFastForItsLength_FlagsBothRates()
    {
        var rushed = CleanPrompted with { DurationSeconds = 0.9, WordsPerSecond = 5.5, CharactersPerSecond = 30 };

        var result = scorer.Score(new QualityInput { Audio = rushed });

        Assert.That(result.Flags.Select(f => f.Name), Is.SupersetOf(new[]
        {
            QualityFlags.DurationOutOfRange, QualityFlags.SpeechRateWords, QualityFlags.SpeechRateCharacters,
        }));
    }

    [Test]
    public void Score_TelephoneBandwidth_IsFlagged()
    {
        var result = scorer.Score(new QualityInput { Audio = CleanPrompted with { BandwidthHz = 3400 } });

        Assert.That(result.Flags.Single(f => f.Name == QualityFlags.NarrowBandwidth).Reason, Does.Contain("3400 Hz"));
    }
}
