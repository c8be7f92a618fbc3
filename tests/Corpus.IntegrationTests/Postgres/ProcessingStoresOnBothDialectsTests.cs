using System.Collections.Concurrent;
using Corpus.Core.Ingestion;
using Corpus.Data.Ingestion;
using Corpus.Data.Processing;
using Corpus.Data.Storage;

namespace Corpus.IntegrationTests.Postgres;

/// <summary>The processing queue and result store behave the same on SQLite and on PostgreSQL.</summary>
[TestFixtureSource(typeof(DialectTestDatabase), nameof(DialectTestDatabase.Dialects))]
public sealed class ProcessingStoresOnBothDialectsTests(SqlDialect dialect)
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string Now = DbTime.Format(DateTimeOffset.UtcNow);

    [Test]
    public async Task ClaimAsync_FourWorkersClaimingAtOnce_LeaseEveryItemToExactlyOneWorker()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var ids = Enumerable.Range(0, 300).Select(i => $"item-{i:D4}").ToArray();
        await database.Transactions.RunAsync((c, t) =>
            new ItemStore(database.Transactions).InsertManyAsync(c, t, ids.Select(Received).ToArray(), None), None);
        var queue = new WorkQueue(database.Transactions, TimeProvider.System);
        var claimed = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var (_, items) = await queue.ClaimAsync(7, TimeSpan.FromMinutes(5), None);
                if (items.Count == 0) return;
                foreach (var item in items) claimed.Add(item.Id);
            }
        })));

        Assert.That(claimed, Is.Unique);
        Assert.That(claimed.Order(StringComparer.Ordinal), Is.EqualTo(ids));
    }

    [Test]
    public async Task FindBandCandidatesAsync_ItemCompletedWithAMinHash_IsFoundThroughASharedBand()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var items = new ItemStore(database.Transactions);
        await database.Transactions.RunAsync((c, t) => items.InsertManyAsync(c, t, [Received("a"), Received("b")], None), None);
        var (owner, _) = await new WorkQueue(database.Transactions, TimeProvider.System).ClaimAsync(1, TimeSpan.FromMinutes(5), None);
        var results = new ResultStore(database.Transactions);
        byte[] fingerprints = [1, 2, 3, 250, 0, 7];

        var completed = await results.CompleteAsync(owner, Result("a"), ItemStates.Accepted,
            new MinHashRow("a", fingerprints, [11L, -42L, long.MaxValue]), [], items, DateTimeOffset.UtcNow, None);
        var candidates = await results.FindBandCandidatesAsync([-42L, 99L], "b", None);

        Assert.That(completed, Is.True);
        Assert.That(candidates, Has.Count.EqualTo(1));
        Assert.That(candidates[0].ItemId, Is.EqualTo("a"));
        Assert.That(candidates[0].Fingerprints, Is.EqualTo(fingerprints));
        Assert.That((await results.FindCurrentAsync("a", None))?.Score, Is.EqualTo(0.875));
    }

    [Test]
    public async Task CompleteAsync_ScoredAgainstANearCopyWhileAnExactCopyWasCompleted_IsRefusedSoItIsScoredAgain()
    {
        await using var database = await DialectTestDatabase.CreateMigratedAsync(dialect);
        var items = new ItemStore(database.Transactions);
        await database.Transactions.RunAsync((c, t) => items.InsertManyAsync(c, t, [Received("a"), Received("b")], None), None);
        var queue = new WorkQueue(database.Transactions, TimeProvider.System);
        var results = new ResultStore(database.Transactions);
        var (ownerA, _) = await queue.ClaimAsync(1, TimeSpan.FromMinutes(5), None);
        var (ownerB, _) = await queue.ClaimAsync(1, TimeSpan.FromMinutes(5), None);
        // Both were scored at the same moment: neither saw the other, b only saw some earlier near copy.
        await results.CompleteAsync(ownerA, Result("a") with { DedupHash = "text:same" }, ItemStates.Accepted, null, [], items,
            DateTimeOffset.UtcNow, None, checkExactDuplicate: true);

        var stale = Result("b") with { DedupHash = "text:same", DuplicateOf = "near-copy" };

        Assert.That(async () => await results.CompleteAsync(ownerB, stale, ItemStates.Flagged, null, [], items, DateTimeOffset.UtcNow, None,
            checkExactDuplicate: true), Throws.InstanceOf<DuplicateAppearedException>());
        var rescored = stale with { DuplicateOf = "a" };
        Assert.That(await results.CompleteAsync(ownerB, rescored, ItemStates.Flagged, null, [], items, DateTimeOffset.UtcNow, None,
            checkExactDuplicate: true), Is.True, "scored against the exact copy, it is stored");
    }

    private static ItemRecord Received(string id) => new()
    {
        Id = id, Kind = "text", State = ItemStates.Received, RawText = "واخا", ContentHash = id, CreatedAt = Now, UpdatedAt = Now,
    };

    private static ResultRecord Result(string itemId) => new()
    {
        ItemId = itemId, PipelineVersion = "p1", ScorerVersion = "s1", Score = 0.875, Decision = "accept", FlagsJson = "[]",
        DedupHash = "hash-" + itemId, CreatedAt = Now,
    };
}
