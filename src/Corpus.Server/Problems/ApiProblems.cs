namespace Corpus.Server.Problems;

/// <summary>RFC 7807 answers that name the offending field and the reason.</summary>
internal static class ApiProblems
{
    public static IResult Field(int status, string field, string reason, string? title = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = status,
            Title = title ?? DefaultTitle(status),
            Detail = $"{field}: {reason}",
            Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
        });

    public static IResult Validation(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid.",
            Detail = string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")),
            Type = "https://www.rfc-editor.org/rfc/rfc9110#status.400",
        });

    private static string DefaultTitle(int status) => status switch
    {
        400 => "The request is not valid.",
        401 => "A bearer token is required.",
        403 => "This token may not do that.",
        404 => "Not found.",
        409 => "Conflict.",
        413 => "The upload is too large.",
        415 => "The format is not supported.",
        422 => "The content cannot be processed.",
        _ => "The request failed.",
    };
}
