using System.Security.Cryptography;

namespace Corpus.Core.Export;

/// <summary>SHA-256 and length of a stream, read once in chunks.</summary>
public static class ReleaseChecksums
{
    public static async Task<(string Sha256, long Size)> HashAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            size += read;
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    public static async Task<(string Sha256, long Size)> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return await HashAsync(file, cancellationToken);
    }
}
