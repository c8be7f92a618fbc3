using System.Buffers;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Corpus.Core.Storage;
using Dapper;
using Npgsql;

namespace Corpus.Data.Moving;

/// <summary>Counts rows on both sides and reads back every referenced blob from the target store.</summary>
internal sealed class MoveVerifier(IBlobStore targetBlobs, int concurrency)
{
    private const string ReferencedBlobs = """
        SELECT blob_sha256 FROM items WHERE blob_sha256 IS NOT NULL
        UNION
        SELECT normalized_sha256 FROM item_results WHERE normalized_sha256 IS NOT NULL
        """;

    public async Task<MoveVerification> VerifyAsync(DbConnection source, NpgsqlConnection target, CancellationToken cancellationToken)
    {
        var counts = new List<TableCount>();
        foreach (var table in MovedTables.Tables)
        {
            var sql = $"SELECT COUNT(*) FROM {table}";
            counts.Add(new TableCount(table,
                await source.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: cancellationToken)),
                await target.ExecuteScalarAsync<long>(new CommandDefinition(sql, cancellationToken: cancellationToken))));
        }
        long referenced = 0, bytes = 0;
        var failures = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Referenced(target, cancellationToken), options, async (sha256, ct) =>
        {
            Interlocked.Increment(ref referenced);
            try
            {
                Interlocked.Add(ref bytes, await ReadThroughAsync(sha256, ct));
            }
            catch (BlobNotFoundException)
            {
                failures.Add($"{sha256}: missing from the target store");
            }
            catch (BlobIntegrityException e)
            {
                failures.Add($"{sha256}: {e.Message}");
            }
            catch (IOException e)
            {
                failures.Add($"{sha256}: {e.Message}");
            }
        });
        return new MoveVerification(counts, referenced, bytes, [.. failures.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Reads a blob to its end: the store's verifying stream throws there if the bytes do not hash to the name.</summary>
    private async Task<long> ReadThroughAsync(string sha256, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81_920);
        try
        {
            await using var content = await targetBlobs.OpenReadAsync(sha256, cancellationToken);
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0) total += read;
            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async IAsyncEnumerable<string> Referenced(NpgsqlConnection target, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ReferencedBlobs, target);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) yield return reader.GetString(0);
    }
}
