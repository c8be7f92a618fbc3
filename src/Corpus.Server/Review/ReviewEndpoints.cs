using System.Security.Claims;
using Corpus.Core.Ingestion;
using Corpus.Core.Review;
using Corpus.Data.Ingestion;
using Corpus.Data.Processing;
using Corpus.Data.Review;
using Corpus.Server.Auth;
using Corpus.Server.Ingestion;
using Corpus.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Review;

/// <summary>
/// The review queue for annotators (DESIGN §5): claim a batch of flagged items under a lease, decide each
/// (approve, fix and approve, reject with a reason), or give an item back; admins see every decision.
/// </summary>
internal static class ReviewEndpoints
{
    private const int DefaultClaim = 10;

    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/review").WithTags("Review");
        group.MapPost("/claims", Claim).WithName("ClaimReviewItems").Validated<ClaimRequest>().RequireRoles(Roles.Annotator, Roles.Admin);
        group.MapDelete("/claims/{id}", GiveBack).WithName("GiveBackReviewItem").RequireRoles(Roles.Annotator, Roles.Admin);
        group.MapPost("/items/{id}/decision", Decide).WithName("DecideReviewItem").Validated<DecisionRequest>()
            .RequireRoles(Roles.Annotator, Roles.Admin).Produces<DecisionView>();
        group.MapGet("/items/{id}/decisions", Decisions).WithName("GetReviewDecisions").RequireRoles(Roles.Admin);
        group.MapGet("/stats", Stats).WithName("GetReviewStats").RequireRoles(Roles.Annotator, Roles.Admin);
        return app;
    }

    public static async Task<Ok<ReviewBatch>> Claim(ClaimRequest request, ClaimsPrincipal user, ReviewStore reviews, ItemStore items, ResultStore results,
        IOptions<ReviewOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claims = await reviews.ClaimAsync(user.GetTokenId(), request.Count ?? Math.Min(DefaultClaim, settings.MaxClaim),
            settings.AgreementsToSettle, settings.ClaimLease, time.GetUtcNow(), cancellationToken);
        var views = new List<ReviewItemView>();
        foreach (var claim in claims)
        {
            var item = (await items.FindAsync(claim.ItemId, cancellationToken))!;
            var view = ItemView.From(item, await results.FindCurrentAsync(item.Id, cancellationToken)) with { ContributorId = null };
            views.Add(new ReviewItemView(view, item.BlobSha256 is null ? null : $"/api/v1/items/{item.Id}/audio", claim.LeaseUntil, claim.DecisionsSoFar));
        }
        return TypedResults.Ok(new ReviewBatch(views, await reviews.WaitingAsync(cancellationToken)));
    }

    public static async Task<IResult> GiveBack(string id, ClaimsPrincipal user, ReviewStore reviews, CancellationToken cancellationToken) =>
        await reviews.PassAsync(user.GetTokenId(), id, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.Field(404, "id", "this token holds no claim on this item");

    public static async Task<IResult> Decide(string id, DecisionRequest request, ClaimsPrincipal user, ReviewStore reviews, ItemStore items,
        IOptions<ReviewOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var result = await reviews.DecideAsync(user.GetTokenId(), id, request.Decision!, request.Reason, request.Note, request.Text,
            options.Value.AgreementsToSettle, time.GetUtcNow(), cancellationToken);
        switch (result.Refusal)
        {
            case DecisionRefusal.NotInReview when result.State is null:
                return ApiProblems.Field(404, "id", "no item with this id");
            case DecisionRefusal.NotInReview:
                return ApiProblems.Field(409, "id", $"the item is no longer waiting for review (it is {result.State})");
            case DecisionRefusal.NoClaim:
                return ApiProblems.Field(409, "id", "this token holds no live claim on the item: claim it first (a claim runs out after its lease)");
            case DecisionRefusal.AlreadyDecided:
                return ApiProblems.Field(409, "decision", $"this token already decided this item ({result.Decision!.Decision}); a decision is final");
        }
        var decision = result.Decision!;
        var outcome = result.Outcome!;
        return TypedResults.Ok(new DecisionView(id, decision.Decision, decision.Reason, result.State ?? ItemStates.Flagged,
            outcome.Settled, outcome.Accepts, outcome.Rejects, decision.DurationMs));
    }

    public static async Task<Ok<IReadOnlyList<ReviewDecisionRecord>>> Decisions(string id, ReviewStore reviews, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reviews.DecisionsAsync(id, cancellationToken));

    public static async Task<Ok<ReviewStatsView>> Stats(ClaimsPrincipal user, ReviewStore reviews, IOptions<ReviewOptions> options, CancellationToken cancellationToken)
    {
        var stats = await reviews.StatsAsync(cancellationToken);
        return TypedResults.Ok(new ReviewStatsView(await reviews.WaitingAsync(cancellationToken), options.Value.AgreementsToSettle, user.GetTokenId(),
            stats.Agreement, stats.Annotators));
    }
}
