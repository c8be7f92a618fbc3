namespace Corpus.Server.Problems;

internal static class ValidationExtensions
{
    public static RouteHandlerBuilder Validated<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
