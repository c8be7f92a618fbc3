using FluentValidation;

namespace Corpus.Core.Audio;

/// <summary>Rejects audio settings that cannot work, so a bad configuration fails at start-up.</summary>
public sealed class AudioOptionsValidator : AbstractValidator<AudioOptions>
{
    public AudioOptionsValidator()
    {
        RuleFor(o => o.FfmpegPath).NotEmpty();
        RuleFor(o => o.FfmpegTimeout).GreaterThan(TimeSpan.Zero);
        RuleFor(o => o.MaxDuration).GreaterThan(TimeSpan.Zero).LessThanOrEqualTo(TimeSpan.FromHours(4));
        RuleFor(o => o.MaxInputBytes).GreaterThan(0);
        RuleFor(o => o.MinDurationSeconds).GreaterThanOrEqualTo(0);
        RuleFor(o => o.MaxPromptedDurationSeconds).GreaterThan(o => o.MinDurationSeconds);
        RuleFor(o => o.SegmentMinSeconds).GreaterThan(0);
        RuleFor(o => o.SegmentMaxSeconds).GreaterThanOrEqualTo(o => 2 * o.SegmentMinSeconds);
        RuleFor(o => o.MinPauseMs).GreaterThan(0);
        RuleFor(o => o.KeepSilenceMs).GreaterThanOrEqualTo(0);
        RuleFor(o => o.MaxWordsPerSecond).GreaterThan(o => o.MinWordsPerSecond);
        RuleFor(o => o.MaxCharsPerSecond).GreaterThan(o => o.MinCharsPerSecond);
        RuleFor(o => o.SnrFlagDb).GreaterThanOrEqualTo(o => o.SnrRejectDb);
        RuleFor(o => o.ClipLevel).InclusiveBetween(0.5, 1.0);
        RuleFor(o => o.MaxClippedShare).InclusiveBetween(0, 1);
        RuleFor(o => o.ClipRunLength).GreaterThanOrEqualTo(1);
        RuleFor(o => o.MinSpeechShare).InclusiveBetween(0, 1);
        RuleFor(o => o.VadFrameMs).InclusiveBetween(5, 100);
        RuleFor(o => o.VadMarginDb).GreaterThan(0);
        RuleFor(o => o.VadHangoverMs).GreaterThanOrEqualTo(0);
    }
}
