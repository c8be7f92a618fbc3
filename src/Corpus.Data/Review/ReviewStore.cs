using System.Data.Common;
using Dapper;
using Corpus.Core.Ingestion;
using Corpus.Core.Review;
using Corpus.Data.Storage;

namespace Corpus.Data.Review;

/// <summary>
/// The review queue: flagged items leased to annotators, their decisions, and the state change when k
/// decisions agree. Claims and decisions run in one transaction each. Claims are taken one at a time (on
/// PostgreSQL under a transaction advisory lock, on SQLite by the write transaction), because whether an item
/// has room for one more annotator depends on claims other transactions are committing; claims are rare and
/// quick, so they never wait long.
/// </summary>
public sealed class ReviewStore(Transactions transactions, IdGenerator ids)
{
    private const string Votes = "SELECT COUNT(*) FROM review_decisions d WHERE d.item_id = i.id";
    private const string AcceptVotes = Votes + " AND d.decision IN ('approve', 'fix')";
    private const string RejectVotes = Votes + " AND d.decision = 'reject'";
    // An item is offered while live claims plus the larger side of its votes leave room before k.
    private const string Open = $"""
        i.state = @Flagged AND i.reviewed_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM review_decisions d WHERE d.item_id = i.id AND d.annotator = @Annotator)
          AND NOT EXISTS (SELECT 1 FROM review_claims c WHERE c.item_id = i.id AND c.annotator = @Annotator AND (c.lease_until >= @Now OR c.passed = 1))
          AND (SELECT COUNT(*) FROM review_claims c WHERE c.item_id = i.id AND c.lease_until >= @Now AND c.passed = 0)
              + CASE WHEN ({AcceptVotes}) >= ({RejectVotes}) THEN ({AcceptVotes}) ELSE ({RejectVotes}) END < @K
        """;
    // Two look-ups instead of one sort over the whole queue: items people already started on (few), most
    // decided first; then untouched items in arrival order, read from the queue index until enough are found.
    private const string StartedCandidates = $"""
        SELECT i.id FROM items i
        WHERE i.id IN (SELECT d.item_id FROM review_decisions d) AND {Open}
        ORDER BY ({Votes}) DESC, i.id
        LIMIT @Count
        """;
    private const string UntouchedCandidates = $"""
        SELECT i.id FROM items i
        WHERE {Open} AND NOT EXISTS (SELECT 1 FROM review_decisions d WHERE d.item_id = i.id)
        ORDER BY i.id
        LIMIT @Count
        """;
    private const string LockClaims = "SELECT pg_advisory_xact_lock(hashtextextended('corpus-review-claims', 0))";
    private const string Held = """
        SELECT c.item_id FROM review_claims c JOIN items i ON i.id = c.item_id
        WHERE c.annotator = @Annotator AND c.lease_until >= @Now AND c.passed = 0 AND i.state = @Flagged AND i.reviewed_at IS NULL
        ORDER BY c.item_id
        """;
    private const string DropClaim = "DELETE FROM review_claims WHERE item_id = @ItemId AND annotator = @Annotator";
    private const string InsertClaim = """
        INSERT INTO review_claims (item_id, annotator, claimed_at, lease_until) VALUES (@ItemId, @Annotator, @Now, @Until)
        """;
    private const string RenewClaim = "UPDATE review_claims SET lease_until = @Until WHERE item_id = @ItemId AND annotator = @Annotator";
    private const string ClaimView = $"""
        SELECT c.item_id AS ItemId, c.lease_until AS LeaseUntil, (SELECT COUNT(*) FROM review_decisions d WHERE d.item_id = c.item_id) AS DecisionsSoFar
        FROM review_claims c WHERE c.annotator = @Annotator AND c.item_id = @ItemId
        """;
    private const string LiveClaim = "SELECT claimed_at FROM review_claims WHERE item_id = @ItemId AND annotator = @Annotator AND lease_until >= @Now AND passed = 0";
    private const string Pass = "UPDATE review_claims SET passed = 1 WHERE item_id = @ItemId AND annotator = @Annotator AND passed = 0";
    private const string DecisionColumns = """
        id AS Id, item_id AS ItemId, annotator AS Annotator, decision AS Decision, reason AS Reason, note AS Note,
        fixed_text AS FixedText, claimed_at AS ClaimedAt, decided_at AS DecidedAt, duration_ms AS DurationMs
        """;
    private const string DecisionOf = $"SELECT {DecisionColumns} FROM review_decisions WHERE item_id = @ItemId AND annotator = @Annotator";
    private const string DecisionsOf = $"SELECT {DecisionColumns} FROM review_decisions WHERE item_id = @ItemId ORDER BY decided_at, id";
    private const string ItemState = "SELECT state AS State, reviewed_at AS ReviewedAt FROM items WHERE id = @ItemId";
    private const string InsertDecision = """
        INSERT INTO review_decisions (id, item_id, annotator, decision, reason, note, fixed_text, claimed_at, decided_at, duration_ms)
        VALUES (@Id, @ItemId, @Annotator, @Decision, @Reason, @Note, @FixedText, @ClaimedAt, @DecidedAt, @DurationMs)
        """;
    private const string Settle = """
        UPDATE items SET state = @State, reviewed_at = @Now, review_text = @FixedText, updated_at = @Now
        WHERE id = @ItemId AND state = @Flagged AND reviewed_at IS NULL
        """;
    private const string DropAllClaims = "DELETE FROM review_claims WHERE item_id = @ItemId";
    private const string Waiting = "SELECT COUNT(*) FROM items WHERE state = @Flagged AND reviewed_at IS NULL";
    private const string StatsRows = """
        SELECT d.annotator AS Annotator, t.label AS Label, d.item_id AS ItemId, d.decision AS Decision, d.duration_ms AS DurationMs,
               i.state AS State, i.reviewed_at AS ReviewedAt
        FROM review_decisions d JOIN items i ON i.id = d.item_id LEFT JOIN tokens t ON t.id = d.annotator
        ORDER BY d.annotator
        """;

    /// <summary>
    /// The annotator's live claims (leases renewed) topped up with new items to <paramref name="count"/>:
    /// items other annotators already decided come first, so disagreements and second opinions settle soon.
    /// </summary>
    public Task<IReadOnlyList<ReviewClaim>> ClaimAsync(string annotator, int count, int agreementsToSettle, TimeSpan lease, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        transactions.RunAsync<IReadOnlyList<ReviewClaim>>(async (c, t) =>
        {
            var args = new { Annotator = annotator, Now = DbTime.Format(now), Until = DbTime.Format(now + lease), ItemStates.Flagged, K = agreementsToSettle };
            if (transactions.Connections.Dialect == SqlDialect.Postgres)
                await c.ExecuteAsync(new CommandDefinition(LockClaims, transaction: t, cancellationToken: cancellationToken));
            var held = (await c.QueryAsync<string>(new CommandDefinition(Held, args, t, cancellationToken: cancellationToken))).ToList();
            foreach (var itemId in held)
                await c.ExecuteAsync(new CommandDefinition(RenewClaim, new { args.Until, ItemId = itemId, Annotator = annotator }, t, cancellationToken: cancellationToken));
            var fresh = new List<string>();
            if (held.Count < count)
            {
                foreach (var candidates in new[] { StartedCandidates, UntouchedCandidates })
                {
                    if (held.Count + fresh.Count >= count) break;
                    // SKIP LOCKED: rows a worker or a settling decision holds are passed over rather than waited on.
                    var select = transactions.Connections.Dialect == SqlDialect.Postgres ? candidates + " FOR UPDATE OF i SKIP LOCKED" : candidates;
                    fresh.AddRange(await c.QueryAsync<string>(new CommandDefinition(select,
                        new { args.Annotator, args.Now, args.Flagged, args.K, Count = count - held.Count - fresh.Count }, t, cancellationToken: cancellationToken)));
                }
                foreach (var itemId in fresh)
                {
                    var claim = new { ItemId = itemId, Annotator = annotator, args.Now, args.Until };
                    await c.ExecuteAsync(new CommandDefinition(DropClaim, claim, t, cancellationToken: cancellationToken));
                    await c.ExecuteAsync(new CommandDefinition(InsertClaim, claim, t, cancellationToken: cancellationToken));
                }
            }
            var claims = new List<ReviewClaim>();
            foreach (var itemId in held.Concat(fresh))
                claims.Add(await c.QuerySingleAsync<ReviewClaim>(new CommandDefinition(ClaimView, new { Annotator = annotator, ItemId = itemId }, t,
                    cancellationToken: cancellationToken)));
            return claims;
        }, cancellationToken);

    /// <summary>Gives a claimed item back for other annotators; this one is not offered it again.</summary>
    public Task<bool> PassAsync(string annotator, string itemId, CancellationToken cancellationToken) =>
        transactions.RunAsync(async (c, t) =>
            await c.ExecuteAsync(new CommandDefinition(Pass, new { ItemId = itemId, Annotator = annotator }, t, cancellationToken: cancellationToken)) > 0,
            cancellationToken);

    /// <summary>
    /// Records a decision on a claimed item and settles the item when k decisions agree. Sending the same
    /// decision again (a retry) returns the stored one and changes nothing.
    /// </summary>
    public Task<DecisionResult> DecideAsync(string annotator, string itemId, string decision, string? reason, string? note, string? fixedText,
        int agreementsToSettle, DateTimeOffset now, CancellationToken cancellationToken) =>
        transactions.RunAsync(async (c, t) =>
        {
            var key = new { ItemId = itemId, Annotator = annotator, Now = DbTime.Format(now) };
            var earlier = await c.QuerySingleOrDefaultAsync<ReviewDecisionRecord>(new CommandDefinition(DecisionOf, key, t, cancellationToken: cancellationToken));
            var item = await c.QuerySingleOrDefaultAsync<(string State, string? ReviewedAt)?>(new CommandDefinition(ItemState, key, t, cancellationToken: cancellationToken));
            if (earlier is not null)
            {
                var same = earlier.Decision == decision && earlier.Reason == reason && earlier.FixedText == fixedText;
                return same
                    ? new DecisionResult(null, earlier, await OutcomeAsync(c, t, itemId, agreementsToSettle, cancellationToken), item?.State, Repeated: true)
                    : new DecisionResult(DecisionRefusal.AlreadyDecided, earlier, null, item?.State, false);
            }
            if (item is not { State: ItemStates.Flagged, ReviewedAt: null })
            {
                await c.ExecuteAsync(new CommandDefinition(DropClaim, key, t, cancellationToken: cancellationToken));
                return new DecisionResult(DecisionRefusal.NotInReview, null, null, item?.State, false);
            }
            var claimedAt = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(LiveClaim, key, t, cancellationToken: cancellationToken));
            if (claimedAt is null) return new DecisionResult(DecisionRefusal.NoClaim, null, null, item.Value.State, false);

            var record = new ReviewDecisionRecord
            {
                Id = ids.NewUlid(),
                ItemId = itemId,
                Annotator = annotator,
                Decision = decision,
                Reason = reason,
                Note = note,
                FixedText = fixedText,
                ClaimedAt = claimedAt,
                DecidedAt = key.Now,
                DurationMs = Math.Max(0, (long)(now - DbTime.Parse(claimedAt)).TotalMilliseconds),
            };
            await c.ExecuteAsync(new CommandDefinition(InsertDecision, record, t, cancellationToken: cancellationToken));
            await c.ExecuteAsync(new CommandDefinition(DropClaim, key, t, cancellationToken: cancellationToken));
            var outcome = await OutcomeAsync(c, t, itemId, agreementsToSettle, cancellationToken);
            var state = item.Value.State;
            if (outcome.Settled)
            {
                await c.ExecuteAsync(new CommandDefinition(Settle, new { key.ItemId, key.Now, outcome.State, outcome.FixedText, ItemStates.Flagged }, t,
                    cancellationToken: cancellationToken));
                await c.ExecuteAsync(new CommandDefinition(DropAllClaims, key, t, cancellationToken: cancellationToken));
                state = outcome.State!;
            }
            return new DecisionResult(null, record, outcome, state, false);
        }, cancellationToken);

    public Task<IReadOnlyList<ReviewDecisionRecord>> DecisionsAsync(string itemId, CancellationToken cancellationToken) =>
        transactions.ReadAsync<IReadOnlyList<ReviewDecisionRecord>>(async c =>
            [.. await c.QueryAsync<ReviewDecisionRecord>(new CommandDefinition(DecisionsOf, new { ItemId = itemId }, cancellationToken: cancellationToken))],
            cancellationToken);

    public Task<long> WaitingAsync(CancellationToken cancellationToken) =>
        transactions.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(Waiting, new { ItemStates.Flagged }, cancellationToken: cancellationToken)),
            cancellationToken);

    /// <summary>Each annotator's record, and agreement between annotators (approve and fix count as one label).</summary>
    public Task<ReviewStats> StatsAsync(CancellationToken cancellationToken) =>
        transactions.ReadAsync(async c =>
        {
            var rows = (await c.QueryAsync<(string Annotator, string? Label, string ItemId, string Decision, long DurationMs, string State, string? ReviewedAt)>(
                new CommandDefinition(StatsRows, cancellationToken: cancellationToken))).ToList();
            var annotators = rows.GroupBy(r => r.Annotator).Select(g =>
            {
                var settled = g.Where(r => r.ReviewedAt is not null && r.State is ItemStates.Accepted or ItemStates.Rejected).ToList();
                var agreed = settled.Count(r => ReviewDecisionKinds.Accepts(r.Decision) == (r.State == ItemStates.Accepted));
                var durations = g.Select(r => r.DurationMs).Order().ToList();
                return new AnnotatorStats(g.Key, g.First().Label, durations.Count, settled.Count, agreed,
                    settled.Count == 0 ? null : Math.Round((double)agreed / settled.Count, 4), durations[durations.Count / 2]);
            }).ToList();
            var agreement = AgreementMeasures.Measure(rows.GroupBy(r => r.ItemId)
                .Select(g => (IReadOnlyList<string>)[.. g.Select(r => ReviewDecisionKinds.Accepts(r.Decision) ? "accept" : "reject")]));
            return new ReviewStats(annotators, agreement);
        }, cancellationToken);

    private static async Task<ReviewOutcome> OutcomeAsync(DbConnection c, DbTransaction t, string itemId, int agreementsToSettle, CancellationToken cancellationToken)
    {
        var decisions = await c.QueryAsync<ReviewDecisionRecord>(new CommandDefinition(DecisionsOf, new { ItemId = itemId }, t, cancellationToken: cancellationToken));
        return ReviewSettlement.Decide([.. decisions.Select(d => new ReviewVote(d.Annotator, d.Decision, d.Reason, d.FixedText))], agreementsToSettle);
    }
}
