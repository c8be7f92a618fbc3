using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Corpus.Server.Problems;

/// <summary>
/// Turns failures to read a request (malformed JSON, invalid UTF-8, a body over the limit) into
/// problem details naming the field, instead of a bare 400.
/// </summary>
internal static class BadRequestProblems
{
    public static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var result = error is BadHttpRequestException bad ? FromBadRequest(bad) : null;
        result ??= TypedResults.Problem(title: "The server failed to handle the request.", statusCode: StatusCodes.Status500InternalServerError);
        await result.ExecuteAsync(context);
    }

    private static IResult FromBadRequest(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return ApiProblems.Field(413, "body", "the request body is larger than this endpoint accepts");
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return ApiProblems.Field(415, "Content-Type", "send application/json");
        if (bad.InnerException is JsonException json)
        {
            var field = FieldFromPath(json.Path);
            var reason = IsInvalidUtf8(json) ? "is not valid UTF-8" : "is not valid JSON for this field";
            return ApiProblems.Field(400, field, reason);
        }
        return ApiProblems.Field(bad.StatusCode, "body", bad.Message);
    }

    private static bool IsInvalidUtf8(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || current is DecoderFallbackException) return true;
        }
        return false;
    }

    internal static string FieldFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "body";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? "body" : field;
    }
}
