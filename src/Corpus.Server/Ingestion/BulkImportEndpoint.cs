using System.Buffers;
using System.Security.Claims;
using System.Security.Cryptography;
using Corpus.Data.Ingestion;
using Corpus.Data.Storage;
using Corpus.Server.Auth;
using Corpus.Server.Idempotency;
using Corpus.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Ingestion;

/// <summary>
/// NDJSON bulk import, streamed: one item per line, stored in batches; a bad line is reported and
/// skipped, never sinking the batch. With an Idempotency-Key every line's item id is derived from
/// the key, so a retry after a dropped connection stores nothing twice.
/// </summary>
internal static class BulkImportEndpoint
{
    private const int BatchSize = 500;

    public static async Task<IResult> Import(HttpContext http, ClaimsPrincipal user, BulkLineParser parser,
        ItemStore items, Transactions transactions, IdempotentWriter writer, ServerKeys keys, IOptions<CorpusOptions> options, CancellationToken cancellationToken)
    {
        var (keyScope, problem) = writer.ScopeOf(http, user.GetTokenId(), "pending");
        if (problem is not null) return problem;

        var rejected = new List<BulkRejectedLine>();
        var batch = new List<ItemRecord>(BatchSize);
        var accepted = 0;
        using var requestHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // The previous batch is written while the next one is parsed and validated.
        var pending = Task.CompletedTask;
        async Task FlushAsync()
        {
            await pending;
            if (batch.Count == 0) return;
            var rows = batch.ToArray();
            batch.Clear();
            pending = transactions.RunAsync((c, t) => keyScope is null
                ? items.InsertManyAsync(c, t, rows, cancellationToken)
                : items.InsertManyIgnoringExistingAsync(c, t, rows, cancellationToken), cancellationToken);
        }

        var lines = new NdjsonLineReader(http.Request.BodyReader, options.Value.MaxBulkLineBytes);
        await foreach (var line in lines.ReadAsync(cancellationToken))
        {
            requestHash.AppendData(line.Bytes.Span);
            requestHash.AppendData("\n"u8);
            if (line.TooLong)
            {
                rejected.Add(new BulkRejectedLine(line.Number, new Dictionary<string, string[]> { ["line"] = [$"is longer than {options.Value.MaxBulkLineBytes} bytes"] }));
                continue;
            }
            if (IsBlank(line.Bytes.Span)) continue;
            var id = keyScope is null ? null : keys.Hash("bulk-item", keyScope.Principal + "\n" + keyScope.Key + "\n" + line.Number)[..26].ToUpperInvariant();
            var outcome = parser.Parse(line.Bytes.Span, user, id);
            if (outcome.Errors is not null)
            {
                rejected.Add(new BulkRejectedLine(line.Number, outcome.Errors));
                continue;
            }
            batch.Add(outcome.Item!);
            accepted++;
            if (batch.Count >= BatchSize) await FlushAsync();
        }
        await FlushAsync();
        await pending;

        var result = new BulkImportResult(accepted, rejected);
        var scope = keyScope is null ? null : keyScope with { RequestHash = Convert.ToHexStringLower(requestHash.GetHashAndReset()) };
        return await writer.WriteAsync(scope, StatusCodes.Status200OK, result, (_, _) => Task.CompletedTask, TypedResults.Ok, cancellationToken);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
}
