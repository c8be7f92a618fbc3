using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Corpus.Core.Storage;

namespace Corpus.Data.Moving;

/// <summary>
/// Copies every blob of the source store that the target lacks (or holds at another size), several at a time.
/// Both stores list in ascending SHA-256 order, so the two listings are merged without holding either in memory.
/// </summary>
internal sealed class BlobCopier(IBlobStore source, IBlobStore target, int concurrency)
{
    public async Task<BlobCopyResult> CopyAsync(CancellationToken cancellationToken)
    {
        long copied = 0, bytes = 0, present = 0;
        var failures = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Missing(count => present += count, cancellationToken), options, async (blob, ct) =>
        {
            try
            {
                await using var content = await source.OpenReadAsync(blob.Sha256, ct);
                var stored = await target.PutAsync(content, ct);
                if (stored.Sha256 != blob.Sha256 || stored.Size != blob.Size)
                    throw new IOException($"the target stored {stored.Sha256} ({stored.Size} bytes)");
                Interlocked.Increment(ref copied);
                Interlocked.Add(ref bytes, blob.Size);
            }
            catch (Exception e) when (e is IOException or BlobIntegrityException or BlobNotFoundException)
            {
                failures.Add($"{blob.Sha256}: {e.Message}");
            }
        });
        return new BlobCopyResult(copied, bytes, present, [.. failures.Order(StringComparer.Ordinal)]);
    }

    private async IAsyncEnumerable<BlobRef> Missing(Action<long> countPresent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stored = target.ListAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        var hasStored = await stored.MoveNextAsync();
        string? previous = null;
        await foreach (var blob in source.ListAsync(cancellationToken))
        {
            while (hasStored && string.CompareOrdinal(stored.Current.Sha256, blob.Sha256) < 0)
            {
                if (previous is not null && string.CompareOrdinal(stored.Current.Sha256, previous) < 0)
                    throw new InvalidOperationException("The target blob store does not list its blobs in order.");
                previous = stored.Current.Sha256;
                hasStored = await stored.MoveNextAsync();
            }
            if (hasStored && stored.Current.Sha256 == blob.Sha256 && stored.Current.Size == blob.Size)
            {
                countPresent(1);
                continue;
            }
            yield return blob;
        }
    }
}
