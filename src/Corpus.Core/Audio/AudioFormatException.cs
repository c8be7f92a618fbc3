namespace Corpus.Core.Audio;

/// <summary>The bytes are not audio this service can read (truncated, corrupt, lying header, unsupported codec).</summary>
public sealed class AudioFormatException : Exception
{
    public AudioFormatException(string message)
        : base(message)
    {
    }

    public AudioFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
