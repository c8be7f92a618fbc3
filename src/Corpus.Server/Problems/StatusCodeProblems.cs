using Microsoft.AspNetCore.Diagnostics;

namespace Corpus.Server.Problems;

/// <summary>Problem details for answers the framework gives before any handler runs (no route, wrong method, wrong content type).</summary>
internal static class StatusCodeProblems
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var result = http.Response.StatusCode switch
        {
            404 => ApiProblems.Field(404, "path", $"no endpoint at {http.Request.Path}"),
            405 => ApiProblems.Field(405, "method", $"{http.Request.Method} is not allowed on {http.Request.Path}"),
            415 => ApiProblems.Field(415, "Content-Type", $"'{http.Request.ContentType}' is not accepted here; see /openapi/v1.json"),
            _ => null,
        };
        if (result is null) return context.Next(http);
        return result.ExecuteAsync(http);
    }
}
