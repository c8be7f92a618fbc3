namespace Corpus.Core.Audio;

/// <summary>
/// Frame-energy voice activity: a frame is speech when its energy is both above an absolute floor and
/// a margin above the recording's own noise floor (its 10th-percentile frame); speech is extended by a
/// hangover so word endings and short gaps are kept. Stationary sound (room tone, hum) never rises a
/// margin above its own floor, so it reads as no speech.
/// </summary>
internal static class EnergyVad
{
    public static VadResult Detect(ReadOnlySpan<float> samples, int sampleRate, VadSettings settings)
    {
        var frameLength = Math.Max(1, sampleRate * settings.FrameMs / 1000);
        var frameCount = samples.Length / frameLength;
        var energies = new float[frameCount];
        for (var f = 0; f < frameCount; f++)
        {
            var frame = samples.Slice(f * frameLength, frameLength);
            double sum = 0;
            foreach (var s in frame) sum += s * s;
            energies[f] = (float)(10 * Math.Log10(sum / frameLength + 1e-12));
        }

        var noiseFloor = Percentile(energies, 0.10);
        var threshold = Math.Max(settings.AbsoluteFloorDbfs, noiseFloor + settings.MarginDb);
        var raw = new bool[frameCount];
        var speech = new bool[frameCount];
        var hangoverFrames = settings.HangoverMs / settings.FrameMs;
        var hold = 0;
        for (var f = 0; f < frameCount; f++)
        {
            raw[f] = energies[f] >= threshold;
            hold = raw[f] ? hangoverFrames : hold - 1;
            speech[f] = raw[f] || hold > 0;
        }
        return new VadResult(frameLength, raw, speech, energies, noiseFloor, threshold);
    }

    private static float Percentile(float[] values, double fraction)
    {
        if (values.Length == 0) return (float)SignalLevels.SilenceDbfs;
        var sorted = (float[])values.Clone();
        Array.Sort(sorted);
        return sorted[(int)(fraction * (sorted.Length - 1))];
    }
}
