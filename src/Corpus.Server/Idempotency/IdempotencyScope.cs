namespace Corpus.Server.Idempotency;

/// <summary>A keyed request: who sent it, the key they chose, and a hash of what they asked.</summary>
internal sealed record IdempotencyScope(string Principal, string Key, string KeyHash, string RequestHash);
