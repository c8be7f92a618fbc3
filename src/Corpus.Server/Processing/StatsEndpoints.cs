using Corpus.Core.Ingestion;
using Corpus.Data.Processing;
using Corpus.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Corpus.Server.Processing;

/// <summary>Corpus-wide counts for the people running a collection campaign.</summary>
internal static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/stats", Get).WithName("GetStats").WithTags("Stats")
            .RequireRoles(Roles.Annotator, Roles.Researcher, Roles.Importer, Roles.Admin);
        return app;
    }

    public static async Task<Ok<CorpusStats>> Get(StatsStore stats, CancellationToken cancellationToken) =>
        TypedResults.Ok(await stats.ReadAsync(cancellationToken));
}
