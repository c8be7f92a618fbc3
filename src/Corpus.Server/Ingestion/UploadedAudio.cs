namespace Corpus.Server.Ingestion;

/// <summary>An audio part spooled to a temporary file while its SHA-256 was computed.</summary>
internal sealed record UploadedAudio(string TempPath, string Sha256, long Size, byte[] Head) : IDisposable
{
    public void Dispose()
    {
        if (File.Exists(TempPath)) File.Delete(TempPath);
    }
}
