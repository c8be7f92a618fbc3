namespace Corpus.Server.Ingestion;

/// <summary>Media types and file extensions of the audio containers we accept.</summary>
internal static class AudioMediaTypes
{
    public static string Of(string? format) => format switch
    {
        "wav" => "audio/wav",
        "ogg" => "audio/ogg",
        "webm" => "audio/webm",
        "mp3" => "audio/mpeg",
        "mp4" => "audio/mp4",
        "flac" => "audio/flac",
        _ => "application/octet-stream",
    };

    public static string Extension(string? format) => format switch
    {
        "mp4" => "m4a",
        null => "bin",
        _ => format,
    };
}
