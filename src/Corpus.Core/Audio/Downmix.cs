namespace Corpus.Core.Audio;

/// <summary>Averages the channels of interleaved audio into one (the usual mono fold, as ffmpeg -ac 1 for stereo).</summary>
internal static class Downmix
{
    public static float[] ToMono(PcmAudio audio)
    {
        if (audio.Channels == 1) return audio.Samples;
        var channels = audio.Channels;
        var frames = audio.FrameCount;
        var mono = new float[frames];
        var samples = audio.Samples;
        var scale = 1f / channels;
        for (int f = 0, i = 0; f < frames; f++)
        {
            var sum = 0f;
            for (var c = 0; c < channels; c++, i++) sum += samples[i];
            mono[f] = sum * scale;
        }
        return mono;
    }
}
