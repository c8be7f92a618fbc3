namespace Corpus.Core.Audio;

/// <summary>
/// The header of a RIFF/WAVE file. <see cref="FormatTag"/> is resolved through WAVE_FORMAT_EXTENSIBLE
/// to the real sub-format (1 = integer PCM, 3 = IEEE float, 2 = MS-ADPCM, ...).
/// <see cref="DataLength"/> is the number of data bytes actually available, never more than the file holds.
/// </summary>
public sealed record WavInfo(
    int FormatTag,
    int Channels,
    int SampleRate,
    int BitsPerSample,
    long DataOffset,
    long DataLength,
    TimeSpan Duration)
{
    public const int PcmFormat = 1;
    public const int FloatFormat = 3;

    /// <summary>True when the samples are plain integer PCM or IEEE float, which the native reader decodes.</summary>
    public bool IsNativelyDecodable =>
        (FormatTag == PcmFormat && BitsPerSample is 8 or 16 or 24 or 32)
        || (FormatTag == FloatFormat && BitsPerSample is 32 or 64);

    public int BlockAlign => Channels * BitsPerSample / 8;

    /// <summary>A readable name of the sample format, for error messages.</summary>
    public string FormatName => FormatTag switch
    {
        PcmFormat => $"{BitsPerSample}-bit PCM",
        FloatFormat => $"{BitsPerSample}-bit float",
        2 => "MS-ADPCM",
        6 => "A-law",
        7 => "mu-law",
        0x11 => "IMA ADPCM",
        0x31 => "GSM 6.10",
        0x55 => "MP3",
        _ => $"format tag {FormatTag}",
    };
}
