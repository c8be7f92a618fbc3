using System.Security.Claims;
using Corpus.Core.Ingestion;
using Corpus.Core.Storage;
using Corpus.Data.Ingestion;
using Corpus.Data.Processing;
using Corpus.Server.Auth;
using Corpus.Server.Hosting;
using Corpus.Server.Idempotency;
using Corpus.Server.Problems;

namespace Corpus.Server.Ingestion;

/// <summary>Submitting texts and social posts, and reading an item back.</summary>
internal static class ItemEndpoints
{
    public static IEndpointRouteBuilder MapItemEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/items").WithTags("Items");
        group.MapPost("/text", CreateText).WithName("CreateTextItem").Validated<TextItemRequest>()
            .RequireRoles(Roles.Contributor, Roles.Importer, Roles.Admin).Produces<ItemCreated>(StatusCodes.Status201Created);
        group.MapPost("/social", CreateSocial).WithName("CreateSocialItem").Validated<SocialItemRequest>()
            .RequireRoles(Roles.Contributor, Roles.Importer, Roles.Admin).Produces<ItemCreated>(StatusCodes.Status201Created);
        group.MapPost("/bulk", BulkImportEndpoint.Import).WithName("BulkImportItems")
            .RequireRoles(Roles.Importer, Roles.Admin).WithMetadata(new BodySizeLimit(null)).Accepts<BulkLine>("application/x-ndjson", "application/jsonl", "application/json", "text/plain").Produces<BulkImportResult>();
        group.MapGet("/{id}", Get).WithName("GetItem")
            .RequireRoles(Roles.Contributor, Roles.Importer, Roles.Annotator, Roles.Admin).Produces<ItemView>();
        group.MapGet("/{id}/audio", GetAudio).WithName("GetItemAudio")
            .RequireRoles(Roles.Contributor, Roles.Importer, Roles.Annotator, Roles.Admin);
        return app;
    }

    public static Task<IResult> CreateText(TextItemRequest request, ClaimsPrincipal user, HttpContext http,
        ItemFactory factory, ItemStore items, IdempotentWriter writer, CancellationToken cancellationToken) =>
        CreateAsync("items/text", request, () => factory.FromText(request, user), user, http, items, writer, cancellationToken);

    public static Task<IResult> CreateSocial(SocialItemRequest request, ClaimsPrincipal user, HttpContext http,
        ItemFactory factory, ItemStore items, IdempotentWriter writer, CancellationToken cancellationToken) =>
        CreateAsync("items/social", request, () => factory.FromSocial(request, user), user, http, items, writer, cancellationToken);

    private static async Task<IResult> CreateAsync<TRequest>(string route, TRequest request, Func<ItemRecord> build, ClaimsPrincipal user,
        HttpContext http, ItemStore items, IdempotentWriter writer, CancellationToken cancellationToken)
    {
        var (scope, problem) = writer.ScopeOf(http, user.GetTokenId(), RequestHash.Of(route, request));
        if (problem is not null) return problem;
        if (await writer.TryReplayAsync(scope, cancellationToken) is { } replay) return replay;
        return await Store(build(), scope, items, writer, cancellationToken);
    }

    internal static Task<IResult> Store(ItemRecord item, IdempotencyScope? scope, ItemStore items, IdempotentWriter writer, CancellationToken cancellationToken) =>
        writer.WriteAsync(scope, StatusCodes.Status201Created, new ItemCreated(item.Id, item.State),
            (c, t) => items.InsertAsync(c, t, item, cancellationToken),
            body => TypedResults.Created($"/api/v1/items/{body.Id}", body), cancellationToken);

    public static async Task<IResult> Get(string id, ClaimsPrincipal user, ItemStore items, ResultStore results, CancellationToken cancellationToken)
    {
        var item = await items.FindAsync(id, cancellationToken);
        if (item is null || !MayRead(user, item)) return ApiProblems.Field(404, "id", "no item with this id is visible to this token");
        return TypedResults.Ok(ItemView.From(item, await results.FindCurrentAsync(id, cancellationToken)));
    }

    public static async Task<IResult> GetAudio(string id, ClaimsPrincipal user, ItemStore items, IBlobStore blobs, CancellationToken cancellationToken)
    {
        var item = await items.FindAsync(id, cancellationToken);
        if (item is null || !MayRead(user, item)) return ApiProblems.Field(404, "id", "no item with this id is visible to this token");
        if (item.BlobSha256 is null) return ApiProblems.Field(404, "id", "this item has no audio");
        var stream = await blobs.OpenReadAsync(item.BlobSha256, cancellationToken);
        return TypedResults.Stream(stream, AudioMediaTypes.Of(item.AudioFormat), $"{item.Id}.{AudioMediaTypes.Extension(item.AudioFormat)}");
    }

    /// <summary>Owners see their own items; annotators and admins see all.</summary>
    private static bool MayRead(ClaimsPrincipal user, ItemRecord item)
    {
        var role = user.GetRole();
        if (role is Roles.Annotator or Roles.Admin) return true;
        var contributor = user.GetContributorId();
        return (contributor is not null && contributor == item.ContributorId) || item.TokenId == user.GetTokenId();
    }
}
