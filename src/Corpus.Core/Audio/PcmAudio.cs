namespace Corpus.Core.Audio;

/// <summary>Decoded audio: interleaved float samples in [-1, 1] (float sources may exceed it), with rate and channel count.</summary>
public sealed class PcmAudio
{
    public PcmAudio(float[] samples, int channels, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleRate, 1);
        if (samples.Length % channels != 0)
            throw new ArgumentException("The sample count is not a whole number of frames.", nameof(samples));
        Samples = samples;
        Channels = channels;
        SampleRate = sampleRate;
    }

    public float[] Samples { get; }

    public int Channels { get; }

    public int SampleRate { get; }

    public int FrameCount => Samples.Length / Channels;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)FrameCount / SampleRate);
}
