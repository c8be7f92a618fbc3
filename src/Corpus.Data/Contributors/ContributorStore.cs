using System.Data.Common;
using Dapper;
using Corpus.Core.Ingestion;
using Corpus.Data.Storage;

namespace Corpus.Data.Contributors;

/// <summary>Contributors, their consent, and withdrawal of it.</summary>
public sealed class ContributorStore(Transactions transactions)
{
    private const string Insert = """
        INSERT INTO contributors (id, consent_version, consented_at, withdrawn_at, age_bracket, gender, region, languages, created_at)
        VALUES (@Id, @ConsentVersion, @ConsentedAt, @WithdrawnAt, @AgeBracket, @Gender, @Region, @Languages, @CreatedAt)
        """;
    private const string SelectById = """
        SELECT id, consent_version, consented_at, withdrawn_at, age_bracket, gender, region, languages, created_at
        FROM contributors WHERE id = @Id
        """;
    private const string MarkWithdrawn = "UPDATE contributors SET withdrawn_at = @Now WHERE id = @Id AND withdrawn_at IS NULL";
    private const string WithdrawItems = "UPDATE items SET state = @Withdrawn, updated_at = @Now WHERE contributor_id = @Id AND state <> @Withdrawn";
    private const string RevokeTokens = "UPDATE tokens SET revoked_at = @Now WHERE contributor_id = @Id AND revoked_at IS NULL";

    public Task InsertAsync(DbConnection connection, DbTransaction transaction, ContributorRecord contributor, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, contributor, transaction, cancellationToken: cancellationToken));

    public Task<ContributorRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<ContributorRecord>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>Withdraws consent: every item of the contributor leaves all later releases and their tokens stop working. Returns the items withdrawn.</summary>
    public Task<int> WithdrawAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        transactions.RunAsync(async (c, t) =>
        {
            var args = new { Id = id, Now = DbTime.Format(now), ItemStates.Withdrawn };
            await c.ExecuteAsync(new CommandDefinition(MarkWithdrawn, args, t, cancellationToken: cancellationToken));
            var items = await c.ExecuteAsync(new CommandDefinition(WithdrawItems, args, t, cancellationToken: cancellationToken));
            await c.ExecuteAsync(new CommandDefinition(RevokeTokens, args, t, cancellationToken: cancellationToken));
            return items;
        }, cancellationToken);
}
