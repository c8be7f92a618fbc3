using Corpus.Core.Audio;
using FluentValidation;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class AudioOptionsValidatorTests
{
    [Test]
    public void Validate_Defaults_AreValid() =>
        Assert.That(new AudioOptionsValidator().Validate(new AudioOptions()).IsValid, Is.True);

    [Test]
    public void AudioProcessor_RejectThresholdAboveFlagThreshold_FailsAtConstruction() =>
        Assert.Throws<ValidationException>(() => _ = new AudioProcessor(new AudioOptions { SnrFlagDb = 5, SnrRejectDb = 15 }));

    [Test]
    public void AudioProcessor_SegmentMaximumBelowTwiceTheMinimum_FailsAtConstruction() =>
        Assert.Throws<ValidationException>(() => _ = new AudioProcessor(new AudioOptions { SegmentMinSeconds = 8, SegmentMaxSeconds = 10 }));
}
