using System.Security.Claims;
using Corpus.Core.Ingestion;
using Corpus.Data.Auth;
using Corpus.Data.Contributors;
using Corpus.Data.Ingestion;
using Corpus.Data.Storage;
using Corpus.Server.Auth;
using Corpus.Server.Hosting;
using Corpus.Server.Idempotency;
using Corpus.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Contributors;

/// <summary>Signing up with consent, and withdrawing it.</summary>
internal static class ContributorEndpoints
{
    public static IEndpointRouteBuilder MapContributorEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/consent", GetConsent).WithName("GetConsent").WithTags("Contributors");
        var group = app.MapGroup("/api/v1/contributors").WithTags("Contributors");
        group.MapPost("/", Create).WithName("CreateContributor").Validated<CreateContributorRequest>()
            .Produces<ContributorCreated>(StatusCodes.Status201Created);
        group.MapDelete("/me", Withdraw).WithName("WithdrawConsent").RequireRoles(Roles.Contributor);
        group.MapGet("/me/items", MyItems).WithName("ListMyItems").RequireRoles(Roles.Contributor);
        return app;
    }

    public static Ok<ConsentInfo> GetConsent(IOptions<CorpusOptions> options) => TypedResults.Ok(new ConsentInfo(
        options.Value.ConsentVersion, Demographics.AgeBrackets, Demographics.Genders, Demographics.Regions, Demographics.Languages));

    public static async Task<IResult> Create(
        CreateContributorRequest request, HttpContext http, IdempotentWriter writer,
        ContributorStore contributors, TokenStore tokens, TimeProvider time, CancellationToken cancellationToken)
    {
        var (scope, problem) = writer.ScopeOf(http, "anonymous", RequestHash.Of("contributors", request));
        if (problem is not null) return problem;
        if (await writer.TryReplayAsync(scope, cancellationToken) is { } replay) return replay;

        var now = DbTime.Format(time.GetUtcNow());
        var contributor = new ContributorRecord
        {
            Id = IdGenerator.NewRandomId(),
            ConsentVersion = request.ConsentVersion!,
            ConsentedAt = now,
            AgeBracket = request.AgeBracket,
            Gender = request.Gender,
            Region = request.Region,
            Languages = request.Languages is { Count: > 0 } ? string.Join(',', request.Languages) : null,
            CreatedAt = now,
        };
        var (token, secret) = tokens.Issue(Roles.Contributor, contributor.Id, "self sign-up");
        return await writer.WriteAsync(scope, StatusCodes.Status201Created, new ContributorCreated(contributor.Id, secret),
            async (c, t) =>
            {
                await contributors.InsertAsync(c, t, contributor, cancellationToken);
                await tokens.InsertAsync(c, t, token, cancellationToken);
            },
            body => TypedResults.Created($"/api/v1/contributors/{body.Id}", body), cancellationToken);
    }

    private const int ContributionsShown = 50;
    private const int TextShown = 140;

    /// <summary>The volunteer's latest items (50), newest first, so they can see what became of them.</summary>
    public static async Task<Ok<IReadOnlyList<ContributionView>>> MyItems(ClaimsPrincipal user, ItemStore items, CancellationToken cancellationToken)
    {
        var mine = await items.ListByContributorAsync(user.GetContributorId()!, ContributionsShown, cancellationToken);
        IReadOnlyList<ContributionView> views = [.. mine.Select(i => new ContributionView(i.Id, i.Kind, i.State, i.CreatedAt, Start(i.RawText), i.PromptId))];
        return TypedResults.Ok(views);
    }

    private static string? Start(string? text)
    {
        if (text is null || text.Length <= TextShown) return text;
        var cut = char.IsHighSurrogate(text[TextShown - 1]) ? TextShown - 1 : TextShown;
        return text[..cut] + "…";
    }

    public static async Task<Ok<ConsentWithdrawn>> Withdraw(ClaimsPrincipal user, ContributorStore contributors, TimeProvider time, CancellationToken cancellationToken)
    {
        var id = user.GetContributorId()!;
        var withdrawn = await contributors.WithdrawAsync(id, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new ConsentWithdrawn(id, withdrawn));
    }
}
