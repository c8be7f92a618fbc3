using Corpus.Core.Audio;

namespace Corpus.Core.Tests.Audio;

[TestFixture]
public sealed class Pcm16WavTests
{
    [Test]
    public void Encode_ThenRead_GivesTheSamplesRoundedAndClamped()
    {
        float[] samples = [0f, 0.5f, -0.5f, 1.5f, -2f, 1f / 32768f];

        var audio = WavReader.ReadSamples(new MemoryStream(Pcm16Wav.Encode(samples, 16000)));

        Assert.That(audio.Samples, Is.EqualTo(new[] { 0f, 0.5f, -0.5f, 32767f / 32768f, -1f, 1f / 32768f }));
        Assert.That(audio.SampleRate, Is.EqualTo(16000));
    }
}
