using System.Security.Claims;
using Corpus.Core.Ingestion;
using Corpus.Data.Prompts;
using Corpus.Data.Storage;
using Corpus.Server.Auth;
using Corpus.Server.Idempotency;
using Corpus.Server.Ingestion;
using Corpus.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Server.Prompts;

/// <summary>The sentences volunteers read aloud.</summary>
internal static class PromptEndpoints
{
    private const int MaxBatch = 50;

    public static IEndpointRouteBuilder MapPromptEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/prompts").WithTags("Prompts");
        group.MapGet("/next", Next).WithName("NextPrompts").RequireRoles(Roles.All.ToArray());
        group.MapPost("/", Add).WithName("AddPrompts").RequireRoles(Roles.Admin).Validated<AddPromptsRequest>()
            .Produces<PromptsAdded>(StatusCodes.Status201Created);
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<PromptView>>, ProblemHttpResult>> Next(
        ClaimsPrincipal user, PromptStore prompts, CancellationToken cancellationToken, int count = 5)
    {
        if (count is < 1 or > MaxBatch)
            return (ProblemHttpResult)ApiProblems.Field(400, "count", $"must be between 1 and {MaxBatch}");
        var next = await prompts.NextAsync(user.GetContributorId(), count, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PromptView>>(next.Select(p => new PromptView(p.Id, p.Text)).ToList());
    }

    public static async Task<IResult> Add(AddPromptsRequest request, ClaimsPrincipal user, HttpContext http,
        PromptStore prompts, IdGenerator ids, IdempotentWriter writer, TimeProvider time, CancellationToken cancellationToken)
    {
        var (scope, problem) = writer.ScopeOf(http, user.GetTokenId(), RequestHash.Of("prompts", request));
        if (problem is not null) return problem;
        if (await writer.TryReplayAsync(scope, cancellationToken) is { } replay) return replay;
        var now = DbTime.Format(time.GetUtcNow());
        var records = request.All().Select(p => new PromptRecord
        {
            Id = ids.NewUlid(),
            Text = p.Text!,
            Source = p.Source,
            Licence = p.Licence ?? ItemFactory.DefaultTextLicence,
            CreatedAt = now,
        }).ToList();
        var added = await prompts.AddAsync(records, cancellationToken);
        return await writer.WriteAsync(scope, StatusCodes.Status201Created, new PromptsAdded(added),
            (_, _) => Task.CompletedTask, body => TypedResults.Created("/api/v1/prompts", body), cancellationToken);
    }
}

public sealed record PromptView(string Id, string Text);

public sealed record PromptsAdded(IReadOnlyList<string> Ids);
