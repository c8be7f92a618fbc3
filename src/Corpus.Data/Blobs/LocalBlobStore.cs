using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Corpus.Core.Storage;

namespace Corpus.Data.Blobs;

/// <summary>
/// Blobs in a local folder as <c>ab/cd/&lt;sha256&gt;</c>. A put writes a temp file, fsyncs it, renames it
/// into place and fsyncs the folder, so a blob is either whole or absent after a crash.
/// </summary>
public sealed class LocalBlobStore : IBlobStore
{
    private const int BufferSize = 128 * 1024;
    private readonly string _root;
    private readonly string _temp;

    public LocalBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        _temp = Path.Combine(_root, "tmp");
        Directory.CreateDirectory(_temp);
    }

    /// <summary>Removes temp files left by writes that a crash interrupted.</summary>
    public void DeleteLeftoverTempFiles()
    {
        foreach (var file in Directory.EnumerateFiles(_temp)) File.Delete(file);
    }

    public async Task<BlobRef> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var tempPath = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            string sha256;
            long size;
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
                size = file.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }
            var target = PathOf(sha256);
            if (!File.Exists(target))
            {
                var folder = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(folder);
                try
                {
                    File.Move(tempPath, target, overwrite: false);
                    DirectorySync.Flush(folder);
                }
                catch (IOException) when (File.Exists(target))
                {
                    // Another writer stored the same bytes first; theirs is as good as ours.
                }
            }
            return new BlobRef(sha256, size);
        }
        finally
        {
            if (File.Exists(tempPath)) File.Delete(tempPath);
        }
    }

    public Task<Stream> OpenReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path)) throw new BlobNotFoundException(sha256);
        Stream file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Task.FromResult<Stream>(new VerifyingReadStream(file, sha256));
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(sha256)));

    public Task DeleteAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<BlobRef> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var first in Directory.EnumerateDirectories(_root).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(first) == "tmp") continue;
            foreach (var second in Directory.EnumerateDirectories(first).Order(StringComparer.Ordinal))
            {
                foreach (var file in Directory.EnumerateFiles(second).Order(StringComparer.Ordinal))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return new BlobRef(Path.GetFileName(file), new FileInfo(file).Length);
                }
            }
        }
        await Task.CompletedTask;
    }

    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("Not a lowercase hex SHA-256.", nameof(sha256));
        return Path.Combine(_root, sha256[..2], sha256[2..4], sha256);
    }
}
