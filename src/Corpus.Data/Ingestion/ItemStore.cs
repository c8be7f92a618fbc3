using System.Data.Common;
using Dapper;
using Corpus.Core.Ingestion;
using Corpus.Data.Storage;

namespace Corpus.Data.Ingestion;

/// <summary>Reads and writes rows of <c>items</c>.</summary>
public sealed class ItemStore(Transactions transactions)
{
    internal const string Columns = """
        id, kind, state, contributor_id, token_id, raw_text, source, licence, platform, posted_at, url, author_hash,
        prompt_id, blob_sha256, blob_size, audio_format, audio_sample_rate, audio_channels, audio_bits, audio_duration_ms,
        content_hash, parent_id, created_at, updated_at, attempts, last_error
        """;
    private const string Insert = $"""
        INSERT INTO items ({Columns}) VALUES (
        @Id, @Kind, @State, @ContributorId, @TokenId, @RawText, @Source, @Licence, @Platform, @PostedAt, @Url, @AuthorHash,
        @PromptId, @BlobSha256, @BlobSize, @AudioFormat, @AudioSampleRate, @AudioChannels, @AudioBits, @AudioDurationMs,
        @ContentHash, @ParentId, @CreatedAt, @UpdatedAt, @Attempts, @LastError)
        """;
    private const string InsertIgnoringExisting = Insert + " ON CONFLICT (id) DO NOTHING";
    private const string SelectById = $"SELECT {Columns} FROM items WHERE id = @Id";
    private const string CountAll = "SELECT COUNT(*) FROM items";
    // Segments cut from a recording are the system's work, not the volunteer's: their own list shows what they sent.
    private const string ByContributor = $"""
        SELECT {Columns} FROM items WHERE contributor_id = @ContributorId AND parent_id IS NULL ORDER BY id DESC LIMIT @Count
        """;
    private const string ScoredWithOtherVersion = $"""
        SELECT {Columns} FROM items
        WHERE state IN (@Accepted, @Flagged, @Rejected) AND (result_version IS NULL OR result_version <> @Version) AND id > @After
        ORDER BY id LIMIT @Count
        """;

    public Task InsertAsync(DbConnection connection, DbTransaction transaction, ItemRecord item, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, item, transaction, cancellationToken: cancellationToken));

    /// <summary>Inserts a batch in one statement per row, inside the caller's transaction.</summary>
    public Task InsertManyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ItemRecord> items, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(Insert, items, transaction, cancellationToken: cancellationToken));

    /// <summary>Inserts a batch, skipping rows whose id is already stored (a retried import).</summary>
    public Task InsertManyIgnoringExistingAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ItemRecord> items, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(InsertIgnoringExisting, items, transaction, cancellationToken: cancellationToken));

    public Task<ItemRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.QuerySingleOrDefaultAsync<ItemRecord>(new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>Scored items whose result came from another pipeline version, in id order after <paramref name="afterId"/>.</summary>
    public Task<IReadOnlyList<ItemRecord>> ListScoredWithOtherVersionAsync(string version, string afterId, int count, CancellationToken cancellationToken) =>
        transactions.ReadAsync<IReadOnlyList<ItemRecord>>(async c => (await c.QueryAsync<ItemRecord>(new CommandDefinition(ScoredWithOtherVersion, new
        {
            Version = version, After = afterId, Count = count, ItemStates.Accepted, ItemStates.Flagged, ItemStates.Rejected,
        }, cancellationToken: cancellationToken))).AsList(), cancellationToken);

    /// <summary>The latest items a contributor sent, newest first.</summary>
    public Task<IReadOnlyList<ItemRecord>> ListByContributorAsync(string contributorId, int count, CancellationToken cancellationToken) =>
        transactions.ReadAsync<IReadOnlyList<ItemRecord>>(async c =>
            [.. await c.QueryAsync<ItemRecord>(new CommandDefinition(ByContributor, new { ContributorId = contributorId, Count = count }, cancellationToken: cancellationToken))],
            cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(CountAll, cancellationToken: cancellationToken)), cancellationToken);
}
