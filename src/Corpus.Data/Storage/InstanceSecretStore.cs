using System.Security.Cryptography;
using Dapper;

namespace Corpus.Data.Storage;

/// <summary>
/// Random secrets kept in the database, so every server instance on it derives the same keyed hashes
/// (author handles, idempotency keys). Created on first use.
/// </summary>
public sealed class InstanceSecretStore(Transactions transactions, TimeProvider time)
{
    private const string Select = "SELECT value FROM instance_secrets WHERE name = @Name";
    private const string Insert = "INSERT INTO instance_secrets (name, value, created_at) VALUES (@Name, @Value, @CreatedAt)";

    public async Task<byte[]> GetOrCreateAsync(string name, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var existing = await transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(
                new CommandDefinition(Select, new { Name = name }, cancellationToken: cancellationToken)), cancellationToken);
            if (existing is not null) return Convert.FromBase64String(existing);
            try
            {
                var value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
                await transactions.RunAsync((c, t) => c.ExecuteAsync(new CommandDefinition(Insert,
                    new { Name = name, Value = value, CreatedAt = DbTime.Format(time.GetUtcNow()) }, t, cancellationToken: cancellationToken)), cancellationToken);
            }
            catch (Exception e) when (attempt == 0 && transactions.Connections.IsUniqueViolation(e))
            {
                // Another instance created it at the same moment; read theirs.
            }
        }
    }
}
