using System.Collections.Concurrent;
using Corpus.Core.Ingestion;
using Corpus.Data.Ingestion;
using Corpus.Data.Processing;
using Corpus.Data.Review;
using Corpus.Data.Storage;
using Corpus.IntegrationTests.Postgres;
using Dapper;

namespace Corpus.IntegrationTests.Review;

/// <summary>The review queue's leases, settlement and rescore guard, on SQLite and PostgreSQL, with an explicit clock.</summary>
[TestFixtureSource(typeof(DialectTestDatabase), nameof(DialectTestDatabase.Dialects))]
public sealed class ReviewStoreOnBothDialectsTests(SqlDialect dialect)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(20);
    private const int K = 2;

    [Test]
    public async Task ClaimAsync_TenAnnotatorsAtOnce_NoItemIsHeldByMoreAnnotatorsThanItStillNeeds()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var ids = await FlaggedAsync(database, 40);
        var store = Store(database);
        var held = new ConcurrentBag<(string Annotator, string ItemId)>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(a => Task.Run(async () =>
        {
            foreach (var claim in await store.ClaimAsync($"annotator-{a}", 5, K, Lease, T0, None)) held.Add(($"annotator-{a}", claim.ItemId));
        })));

        Assert.That(held, Has.Count.EqualTo(50), "ten annotators asked for five each and there was room for all");
        Assert.That(held.GroupBy(h => h.ItemId).Select(g => g.Count()), Has.All.LessThanOrEqualTo(K));
        Assert.That(held.GroupBy(h => h.Annotator).SelectMany(g => g.GroupBy(h => h.ItemId)).Select(g => g.Count()), Has.All.EqualTo(1));
        Assert.That(held.Select(h => h.ItemId).Distinct(), Is.SubsetOf(ids));
    }

    [Test]
    public async Task DecideAsync_TwoApprovals_SettleAccepted_AndTheItemLeavesTheQueue()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var id = (await FlaggedAsync(database, 1))[0];
        var store = Store(database);
        await store.ClaimAsync("a", 5, K, Lease, T0, None);
        await store.ClaimAsync("b", 5, K, Lease, T0, None);

        var first = await store.DecideAsync("a", id, "approve", null, null, null, K, T0.AddSeconds(12), None);
        var second = await store.DecideAsync("b", id, "fix", null, "typo", "نص مصحح", K, T0.AddSeconds(30), None);

        Assert.That(first.Outcome!.Settled, Is.False);
        Assert.That(first.State, Is.EqualTo(ItemStates.Flagged));
        Assert.That(first.Decision!.DurationMs, Is.EqualTo(12_000), "how long the decision took, from the claim");
        Assert.That(second.Outcome!.Settled, Is.True);
        Assert.That(second.State, Is.EqualTo(ItemStates.Accepted));
        Assert.That(await ScalarAsync<string>(database, $"SELECT review_text FROM items WHERE id = '{id}'"), Is.EqualTo("نص مصحح"));
        Assert.That(await store.ClaimAsync("c", 5, K, Lease, T0.AddMinutes(1), None), Is.Empty);
        Assert.That(await store.WaitingAsync(None), Is.Zero);
    }

    [Test]
    public async Task DecideAsync_Disagreement_WaitsForAThirdAnnotator_WhoseRejectionSettlesIt()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var ids = await FlaggedAsync(database, 3);
        var store = Store(database);
        await store.ClaimAsync("a", 1, K, Lease, T0, None);
        await store.ClaimAsync("b", 1, K, Lease, T0, None);
        await store.DecideAsync("a", ids[0], "approve", null, null, null, K, T0.AddSeconds(5), None);
        var split = await store.DecideAsync("b", ids[0], "reject", "wrong_language", null, null, K, T0.AddSeconds(6), None);
        Assert.That(split.Outcome!.Settled, Is.False);

        var third = await store.ClaimAsync("c", 1, K, Lease, T0.AddSeconds(7), None);
        Assert.That(third.Single().ItemId, Is.EqualTo(ids[0]), "items with decisions come first");
        Assert.That(third.Single().DecisionsSoFar, Is.EqualTo(2));
        var settled = await store.DecideAsync("c", ids[0], "reject", "wrong_language", null, null, K, T0.AddSeconds(9), None);

        Assert.That(settled.State, Is.EqualTo(ItemStates.Rejected));
        Assert.That((settled.Outcome!.Accepts, settled.Outcome.Rejects, settled.Outcome.Reason), Is.EqualTo((1, 2, "wrong_language")));
        var all = await store.StatsAsync(None);
        var stats = all.Annotators.ToDictionary(s => s.Annotator);
        Assert.That(all.Agreement.Items, Is.EqualTo(1));
        Assert.That(all.Agreement.PairwiseAgreement, Is.EqualTo(0.3333).Within(0.0001), "a-b and a-c disagree, b-c agree");
        Assert.That(stats["a"].Agreement, Is.EqualTo(0.0));
        Assert.That(stats["b"].Agreement, Is.EqualTo(1.0));
        Assert.That(stats["c"].Agreed, Is.EqualTo(1));
    }

    [Test]
    public async Task DecideAsync_AfterTheLeaseRanOut_IsRefused_AndTheItemGoesToSomeoneElse()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var id = (await FlaggedAsync(database, 1))[0];
        var store = Store(database);
        await store.ClaimAsync("a", 1, 1, Lease, T0, None);
        Assert.That(await store.ClaimAsync("b", 1, 1, Lease, T0.AddMinutes(5), None), Is.Empty, "k = 1: a's live claim covers the one decision needed");

        var late = await store.DecideAsync("a", id, "approve", null, null, null, 1, T0 + Lease + TimeSpan.FromSeconds(1), None);
        var taken = await store.ClaimAsync("b", 1, 1, Lease, T0 + Lease + TimeSpan.FromSeconds(2), None);

        Assert.That(late.Refusal, Is.EqualTo(DecisionRefusal.NoClaim));
        Assert.That(taken.Single().ItemId, Is.EqualTo(id));
    }

    [Test]
    public async Task DecideAsync_SameDecisionAgain_IsAnsweredFromTheStoredOne_ADifferentOneIsRefused()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var id = (await FlaggedAsync(database, 1))[0];
        var store = Store(database);
        await store.ClaimAsync("a", 1, K, Lease, T0, None);
        var first = await store.DecideAsync("a", id, "reject", "pii", null, null, K, T0.AddSeconds(3), None);

        var retry = await store.DecideAsync("a", id, "reject", "pii", null, null, K, T0.AddSeconds(40), None);
        var change = await store.DecideAsync("a", id, "approve", null, null, null, K, T0.AddSeconds(41), None);

        Assert.That(retry.Repeated, Is.True);
        Assert.That(retry.Decision!.Id, Is.EqualTo(first.Decision!.Id));
        Assert.That(change.Refusal, Is.EqualTo(DecisionRefusal.AlreadyDecided));
        Assert.That(await store.DecisionsAsync(id, None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SaveRescoreAsync_OnAnItemSettledInReview_KeepsTheReviewedState_AndStoresTheNewResult()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var id = (await FlaggedAsync(database, 1))[0];
        var store = Store(database);
        await store.ClaimAsync("a", 1, 1, Lease, T0, None);
        await store.DecideAsync("a", id, "reject", "offensive", null, null, 1, T0.AddSeconds(2), None);

        var saved = await new ResultStore(database.Transactions).SaveRescoreAsync(Result(id, "p2"), ItemStates.Accepted, null, T0.AddHours(1), None);

        Assert.That(saved, Is.True);
        Assert.That(await ScalarAsync<string>(database, $"SELECT state FROM items WHERE id = '{id}'"), Is.EqualTo(ItemStates.Rejected));
        Assert.That(await ScalarAsync<string>(database, $"SELECT result_version FROM items WHERE id = '{id}'"), Is.EqualTo("p2"));
    }

    private static ReviewStore Store(DialectTestDatabase database) => new(database.Transactions, new IdGenerator(TimeProvider.System));

    private static async Task<string[]> FlaggedAsync(DialectTestDatabase database, int count)
    {
        var now = DbTime.Format(T0.AddHours(-1));
        var ids = Enumerable.Range(0, count).Select(i => $"item-{i:D4}").ToArray();
        var items = ids.Select(id => new ItemRecord
        {
            Id = id, Kind = "text", State = ItemStates.Flagged, RawText = "Le conseil se réunira lundi", ContentHash = id, CreatedAt = now, UpdatedAt = now,
        }).ToArray();
        await database.Transactions.RunAsync(async (c, t) =>
        {
            await new ItemStore(database.Transactions).InsertManyAsync(c, t, items, None);
            foreach (var id in ids)
            {
                await c.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO item_results (item_id, pipeline_version, scorer_version, score, decision, flags_json, created_at)
                    VALUES (@Id, 'p1', 's1', 0.4, 'flagged', '[]', @Now)
                    """, new { Id = id, Now = now }, t));
                await c.ExecuteAsync(new CommandDefinition("UPDATE items SET result_version = 'p1' WHERE id = @Id", new { Id = id }, t));
            }
        }, None);
        return ids;
    }

    private static ResultRecord Result(string itemId, string version) => new()
    {
        ItemId = itemId, PipelineVersion = version, ScorerVersion = "s2", Score = 0.9, Decision = "accepted", FlagsJson = "[]", CreatedAt = DbTime.Format(T0),
    };

    private static async Task<T> ScalarAsync<T>(DialectTestDatabase database, string sql) =>
        await database.Transactions.ReadAsync(c => c.ExecuteScalarAsync<T>(sql), None) ?? throw new InvalidOperationException(sql);
}
