using Corpus.Core.Ingestion;
using Corpus.Data.Auth;
using Corpus.Data.Contributors;
using Corpus.Data.Idempotency;
using Corpus.Data.Ingestion;
using Corpus.Data.Prompts;
using Corpus.Data.Storage;

namespace Corpus.IntegrationTests.Postgres;

/// <summary>The stores' hand-written SQL gives the same answers on SQLite and on PostgreSQL.</summary>
[TestFixtureSource(typeof(DialectTestDatabase), nameof(DialectTestDatabase.Dialects))]
public sealed class StoresOnBothDialectsTests(SqlDialect dialect)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string Now = DbTime.Format(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task PromptStore_NextAsync_SkipsWhatTheContributorReadAndPrefersTheLeastRecorded()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var prompts = new PromptStore(database.Transactions);
        var ids = await prompts.AddAsync([Prompt("p1", "واش نتا لاباس؟"), Prompt("p2", "فين غادي؟"), Prompt("p3", "شحال هادي")], None);
        var again = await prompts.AddAsync([Prompt("p9", "فين غادي؟")], None);
        await InsertContributorAsync(database, "c1");
        await InsertContributorAsync(database, "c2");
        await InsertRecordingAsync(database, "i1", "c1", "p1");
        await InsertRecordingAsync(database, "i2", "c2", "p2");

        var next = await prompts.NextAsync("c1", 2, None);

        Assert.That(ids, Is.EqualTo(new[] { "p1", "p2", "p3" }));
        Assert.That(again, Is.EqualTo(new[] { "p2" }));
        Assert.That(next.Select(p => p.Id), Is.EqualTo(new[] { "p3", "p2" }));
    }

    [Test]
    public async Task ContributorStore_WithdrawAsync_WithdrawsTheirItemsAndRevokesTheirTokens()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var tokens = new TokenStore(database.Transactions, TimeProvider.System);
        await InsertContributorAsync(database, "c1");
        await InsertRecordingAsync(database, "i1", "c1", null);
        var (token, secret) = tokens.Issue(Roles.Contributor, "c1", null);
        await database.Transactions.RunAsync((c, t) => tokens.InsertAsync(c, t, token, None), None);

        var withdrawn = await new ContributorStore(database.Transactions).WithdrawAsync("c1", DateTimeOffset.UtcNow, None);

        Assert.That(withdrawn, Is.EqualTo(1));
        Assert.That((await new ItemStore(database.Transactions).FindAsync("i1", None))!.State, Is.EqualTo(ItemStates.Withdrawn));
        Assert.That(await tokens.FindActiveAsync(secret, None), Is.Null);
    }

    [Test]
    public async Task TokenStore_CreateAsync_FindsTheTokenByItsSecretAndCountsAdmins()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var tokens = new TokenStore(database.Transactions, TimeProvider.System);

        var secret = await tokens.CreateAsync(Roles.Admin, "first admin", None);

        Assert.That((await tokens.FindActiveAsync(secret, None))?.Role, Is.EqualTo(Roles.Admin));
        Assert.That(await tokens.CountActiveAdminsAsync(None), Is.EqualTo(1));
    }

    [Test]
    public async Task IdempotencyStore_SameKeyTwice_KeepsTheFirstAnswerAndReportsAUniqueViolation()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var store = new IdempotencyStore(database.Transactions);
        var first = new IdempotencyRecord
        {
            Principal = "token-1", KeyHash = "k", RequestHash = "r1", StatusCode = 201, Response = "{\"id\":\"a\"}", CreatedAt = Now,
        };
        await database.Transactions.RunAsync((c, t) => store.InsertAsync(c, t, first, None), None);

        var retry = Assert.CatchAsync(() => database.Transactions.RunAsync(
            (c, t) => store.InsertAsync(c, t, first with { RequestHash = "r2" }, None), None));

        Assert.That(database.Connections.IsUniqueViolation(retry!), Is.True);
        Assert.That(await store.FindAsync("token-1", "k", None), Is.EqualTo(first));
    }

    private static PromptRecord Prompt(string id, string text) => new() { Id = id, Text = text, CreatedAt = Now };

    private static Task InsertContributorAsync(DialectTestDatabase database, string id) =>
        database.Transactions.RunAsync((c, t) => new ContributorStore(database.Transactions).InsertAsync(c, t,
            new ContributorRecord { Id = id, ConsentVersion = "1", ConsentedAt = Now, CreatedAt = Now }, None), None);

    private static Task InsertRecordingAsync(DialectTestDatabase database, string id, string contributorId, string? promptId) =>
        database.Transactions.RunAsync((c, t) => new ItemStore(database.Transactions).InsertAsync(c, t, new ItemRecord
        {
            Id = id, Kind = "recording", State = ItemStates.Received, ContributorId = contributorId, PromptId = promptId,
            ContentHash = id, CreatedAt = Now, UpdatedAt = Now,
        }, None), None);
}
