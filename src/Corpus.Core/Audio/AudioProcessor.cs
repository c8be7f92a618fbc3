using Corpus.Core.Audio.Ffmpeg;
using FluentValidation;

namespace Corpus.Core.Audio;

/// <summary>
/// The one entry point for recordings: decode any upload, normalize it to 16 kHz mono PCM16 (trimmed,
/// split when long), measure its quality and flag it. Thread-safe; create once and share.
/// </summary>
/// <remarks>
/// Errors: <see cref="AudioFormatException"/> when the bytes are not readable audio (HTTP 422);
/// <see cref="AudioDecoderUnavailableException"/> when the format needs ffmpeg and it is missing (HTTP 415).
/// </remarks>
public sealed class AudioProcessor
{
    /// <summary>Recorded with every analysis, so results from older pipelines can be told apart.</summary>
    public const string Version = "audio-1";

    /// <summary>The rate of every normalized recording.</summary>
    public const int SampleRate = AudioDecoder.TargetRate;

    // Below a tenth of a second there is no frame to measure: such files are fragments, not recordings.
    private const int MinAnalyzableSamples = SampleRate / 10;

    private readonly AudioOptions options;
    private readonly AudioDecoder decoder;

    public AudioProcessor(AudioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        new AudioOptionsValidator().ValidateAndThrow(options);
        this.options = options;
        var ffmpegPath = FfmpegLocator.Find(options.FfmpegPath);
        FfmpegAvailable = ffmpegPath is not null;
        decoder = new AudioDecoder(options, ffmpegPath is null ? null : new FfmpegDecoder(ffmpegPath, options.FfmpegTimeout));
    }

    /// <summary>False when ffmpeg is missing: then only plain PCM WAV can be processed.</summary>
    public bool FfmpegAvailable { get; }

    /// <summary>Decodes, normalizes and measures a recording; <paramref name="promptText"/> enables the speech-rate checks.</summary>
    public async Task<AudioAnalysis> AnalyzeAsync(Stream input, string? promptText, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var decoded = await decoder.DecodeAsync(input, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        if (decoded.Samples.Length < MinAnalyzableSamples)
            throw new AudioFormatException(
                $"The recording holds only {decoded.Samples.Length * 1000.0 / SampleRate:0.#} ms of audio; at least {MinAnalyzableSamples * 1000 / SampleRate} ms is needed.");
        return AudioAnalyzer.Analyze(decoded, promptText, options);
    }

    /// <summary>Decodes and normalizes a recording (the trimming and splitting need the same analysis, so it runs too).</summary>
    public async Task<NormalizedAudio> NormalizeAsync(Stream input, CancellationToken ct) =>
        (await AnalyzeAsync(input, null, ct).ConfigureAwait(false)).Normalized;
}
