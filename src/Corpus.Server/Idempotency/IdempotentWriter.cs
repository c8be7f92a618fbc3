using System.Data.Common;
using System.Text.Json;
using Corpus.Data.Idempotency;
using Corpus.Data.Storage;
using Corpus.Server.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Idempotency;

/// <summary>
/// Makes a POST safe to retry: with an <c>Idempotency-Key</c>, the first outcome is stored in the same
/// transaction as the rows it creates, and every retry gets that outcome back without storing anything.
/// </summary>
internal sealed class IdempotentWriter(
    IdempotencyStore store,
    Transactions transactions,
    ServerKeys keys,
    TimeProvider time,
    IOptions<JsonOptions> json)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int MaxKeyLength = 255;

    /// <summary>The scope of this request, null when it has no key, or a problem when the key is malformed.</summary>
    public (IdempotencyScope? Scope, IResult? Problem) ScopeOf(HttpContext context, string principal, string requestHash)
    {
        var key = context.Request.Headers[Header].ToString();
        if (key.Length == 0) return (null, null);
        if (key.Length > MaxKeyLength || key.Any(c => c < 0x21 || c > 0x7E))
            return (null, ApiProblems.Field(400, Header, $"must be 1-{MaxKeyLength} visible ASCII characters"));
        return (new IdempotencyScope(principal, key, keys.Hash("idempotency-key", principal + "\n" + key), requestHash), null);
    }

    /// <summary>The stored outcome for this scope, if its first request already completed.</summary>
    public async Task<IResult?> TryReplayAsync(IdempotencyScope? scope, CancellationToken cancellationToken)
    {
        if (scope is null) return null;
        var record = await store.FindAsync(scope.Principal, scope.KeyHash, cancellationToken);
        if (record is null) return null;
        if (record.RequestHash != scope.RequestHash)
            return ApiProblems.Field(422, Header, "was already used with a different request");
        return new ReplayResult((int)record.StatusCode, keys.Open(scope.Key, record.Response));
    }

    /// <summary>Runs <paramref name="write"/> and stores <paramref name="body"/> as this key's outcome, atomically.</summary>
    public async Task<IResult> WriteAsync<TBody>(
        IdempotencyScope? scope, int status, TBody body,
        Func<DbConnection, DbTransaction, Task> write, Func<TBody, IResult> result, CancellationToken cancellationToken)
    {
        IdempotencyRecord? record = null;
        if (scope is not null)
        {
            var text = JsonSerializer.Serialize(body, json.Value.SerializerOptions);
            record = new IdempotencyRecord
            {
                Principal = scope.Principal,
                KeyHash = scope.KeyHash,
                RequestHash = scope.RequestHash,
                StatusCode = status,
                Response = keys.Seal(scope.Key, text),
                CreatedAt = DbTime.Format(time.GetUtcNow()),
            };
        }
        try
        {
            await transactions.RunAsync(async (c, t) =>
            {
                if (record is not null) await store.InsertAsync(c, t, record, cancellationToken);
                await write(c, t);
            }, cancellationToken);
        }
        catch (Exception e) when (record is not null && transactions.Connections.IsUniqueViolation(e))
        {
            // A concurrent retry with the same key committed first: answer as it did.
            return await TryReplayAsync(scope, cancellationToken) ?? throw new InvalidOperationException("Idempotency record vanished.", e);
        }
        return result(body);
    }

    private sealed class ReplayResult(int status, string json) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.Headers[ReplayedHeader] = "true";
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return httpContext.Response.WriteAsync(json);
        }
    }
}
