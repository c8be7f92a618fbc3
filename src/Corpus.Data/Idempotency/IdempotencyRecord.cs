namespace Corpus.Data.Idempotency;

/// <summary>The first answer given to a request carrying an Idempotency-Key, replayed to its retries.</summary>
public sealed record IdempotencyRecord
{
    public required string Principal { get; init; }
    public required string KeyHash { get; init; }
    public required string RequestHash { get; init; }
    public required long StatusCode { get; init; }
    /// <summary>The response body, sealed with a key derived from the Idempotency-Key itself.</summary>
    public required string Response { get; init; }
    public required string CreatedAt { get; init; }
}
