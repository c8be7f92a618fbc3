using Dapper;
using Corpus.Data.Storage;

namespace Corpus.Data.Prompts;

/// <summary>Prompt sentences and which one a volunteer should read next.</summary>
public sealed class PromptStore(Transactions transactions)
{
    private const string SelectIdByText = "SELECT id FROM prompts WHERE text = @Text";
    private const string Insert = """
        INSERT INTO prompts (id, text, source, licence, active, created_at)
        VALUES (@Id, @Text, @Source, @Licence, @Active, @CreatedAt)
        """;
    private const string Exists = "SELECT COUNT(*) FROM prompts WHERE id = @Id";
    private const string SelectText = "SELECT text FROM prompts WHERE id = @Id";
    // Prompts this contributor has not recorded yet, the least-recorded first, so coverage stays even.
    private const string Next = """
        SELECT p.id, p.text, p.source, p.licence, p.active, p.created_at
        FROM prompts p
        WHERE p.active = 1
          AND NOT EXISTS (SELECT 1 FROM items i WHERE i.prompt_id = p.id AND i.contributor_id = @ContributorId)
        ORDER BY (SELECT COUNT(*) FROM items r WHERE r.prompt_id = p.id), p.id
        LIMIT @Count
        """;

    /// <summary>Adds prompts; a text already present keeps its id. Returns one id per input, in order.</summary>
    public Task<IReadOnlyList<string>> AddAsync(IReadOnlyList<PromptRecord> prompts, CancellationToken cancellationToken) =>
        transactions.RunAsync<IReadOnlyList<string>>(async (c, t) =>
        {
            var ids = new List<string>(prompts.Count);
            foreach (var prompt in prompts)
            {
                var existing = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectIdByText, new { prompt.Text }, t, cancellationToken: cancellationToken));
                if (existing is null)
                {
                    await c.ExecuteAsync(new CommandDefinition(Insert, prompt, t, cancellationToken: cancellationToken));
                }
                ids.Add(existing ?? prompt.Id);
            }
            return ids;
        }, cancellationToken);

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken) =>
        transactions.ReadAsync(async c => await c.ExecuteScalarAsync<long>(new CommandDefinition(Exists, new { Id = id }, cancellationToken: cancellationToken)) > 0, cancellationToken);

    public Task<string?> FindTextAsync(string id, CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectText, new { Id = id }, cancellationToken: cancellationToken)), cancellationToken);

    public Task<IReadOnlyList<PromptRecord>> NextAsync(string? contributorId, int count, CancellationToken cancellationToken) =>
        transactions.ReadAsync<IReadOnlyList<PromptRecord>>(async c =>
            (await c.QueryAsync<PromptRecord>(new CommandDefinition(Next, new { ContributorId = contributorId, Count = count }, cancellationToken: cancellationToken))).AsList(),
            cancellationToken);
}
