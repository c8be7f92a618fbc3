namespace Corpus.Core.Audio;

/// <summary>
/// The recording is in a format only ffmpeg decodes, and ffmpeg is not installed (HTTP: 415 Unsupported Media Type).
/// </summary>
public sealed class AudioDecoderUnavailableException : Exception
{
    public AudioDecoderUnavailableException(string formatDescription)
        : base($"Decoding {formatDescription} needs the ffmpeg program, which is not installed on this server; only plain PCM WAV can be read without it.")
    {
        FormatDescription = formatDescription;
    }

    /// <summary>What could not be decoded, for example "WebM" or "MS-ADPCM WAV".</summary>
    public string FormatDescription { get; }
}
