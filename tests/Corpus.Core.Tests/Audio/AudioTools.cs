using System.Runtime.InteropServices;
using Corpus.Core.Audio;
using Corpus.Testing;

namespace Corpus.Core.Tests.Audio;

/// <summary>Makes test recordings with espeak-ng, sox and ffmpeg, and reads them back.</summary>
internal static class AudioTools
{
    public const string Sentence =
        "The quick brown fox jumps over the lazy dog. Every recording is measured before it is published.";

    public static string Run(string program, params string[] arguments) => ExternalPrograms.Run(program, arguments);

    /// <summary>Synthetic speech at 16 kHz mono PCM16 (espeak-ng, resampled by sox).</summary>
    public static string Speech16k(string directory, string text = Sentence) => ExternalPrograms.Speech16k(directory, text);

    /// <summary>Converts with ffmpeg, e.g. to "-c:a libopus out.webm".</summary>
    public static string Convert(string input, string output, params string[] codecArguments) =>
        ExternalPrograms.Convert(input, output, codecArguments);

    /// <summary>ffmpeg's own decode of a file at its native rate and channel count, as interleaved floats.</summary>
    public static float[] FfmpegSamples(string path)
    {
        var ffmpeg = Requires.Ffmpeg();
        var raw = path + ".f32";
        Run(ffmpeg, "-nostdin", "-y", "-loglevel", "error", "-i", path, "-f", "f32le", "-acodec", "pcm_f32le", raw);
        return MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(raw)).ToArray();
    }

    public static PcmAudio ReadWav(string path)
    {
        using var stream = File.OpenRead(path);
        return WavReader.ReadSamples(stream);
    }

    public static string WriteFloatWav(string path, ReadOnlySpan<float> samples, int rate)
    {
        var data = MemoryMarshal.AsBytes(samples).ToArray();
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + data.Length);
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)3);
        writer.Write((short)1);
        writer.Write(rate);
        writer.Write(rate * 4);
        writer.Write((short)4);
        writer.Write((short)32);
        writer.Write("data"u8);
        writer.Write(data.Length);
        writer.Write(data);
        return path;
    }

    public static async Task<AudioAnalysis> AnalyzeAsync(string path, string? prompt = null, AudioOptions? options = null)
    {
        await using var stream = File.OpenRead(path);
        return await new AudioProcessor(options ?? new AudioOptions()).AnalyzeAsync(stream, prompt, CancellationToken.None);
    }
}
