using System.Data.Common;
using Dapper;
using Corpus.Core.Ingestion;
using Corpus.Data.Storage;

namespace Corpus.Data.Auth;

/// <summary>Issues, finds and revokes bearer tokens.</summary>
public sealed class TokenStore(Transactions transactions, TimeProvider time)
{
    private const string Insert = """
        INSERT INTO tokens (id, token_hash, role, contributor_id, label, created_at, revoked_at)
        VALUES (@Id, @TokenHash, @Role, @ContributorId, @Label, @CreatedAt, @RevokedAt)
        """;
    private const string SelectByHash = """
        SELECT id, token_hash, role, contributor_id, label, created_at, revoked_at
        FROM tokens WHERE token_hash = @TokenHash AND revoked_at IS NULL
        """;
    private const string CountActiveAdmins = "SELECT COUNT(*) FROM tokens WHERE role = @Role AND revoked_at IS NULL";

    /// <summary>Builds a token row and its secret; the caller inserts the row (possibly with other rows).</summary>
    public (TokenRecord Record, string Secret) Issue(string role, string? contributorId, string? label)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        var secret = TokenSecrets.NewSecret();
        var record = new TokenRecord
        {
            Id = IdGenerator.NewRandomId(),
            TokenHash = TokenSecrets.Hash(secret),
            Role = role,
            ContributorId = contributorId,
            Label = label,
            CreatedAt = DbTime.Format(time.GetUtcNow()),
        };
        return (record, secret);
    }

    public Task InsertAsync(DbConnection connection, DbTransaction transaction, TokenRecord token, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, token, transaction, cancellationToken: cancellationToken));

    /// <summary>Issues and stores a token on its own; returns the secret, which is never stored.</summary>
    public async Task<string> CreateAsync(string role, string? label, CancellationToken cancellationToken)
    {
        var (record, secret) = Issue(role, null, label);
        await transactions.RunAsync((c, t) => InsertAsync(c, t, record, cancellationToken), cancellationToken);
        return secret;
    }

    public Task<TokenRecord?> FindActiveAsync(string secret, CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<TokenRecord>(
            new CommandDefinition(SelectByHash, new { TokenHash = TokenSecrets.Hash(secret) }, cancellationToken: cancellationToken)), cancellationToken);

    public Task<long> CountActiveAdminsAsync(CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.ExecuteScalarAsync<long>(
            new CommandDefinition(CountActiveAdmins, new { Role = Roles.Admin }, cancellationToken: cancellationToken)), cancellationToken);
}
