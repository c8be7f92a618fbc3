using FluentValidation;

namespace Corpus.Server.Problems;

/// <summary>Runs the FluentValidation validator of the endpoint's <typeparamref name="T"/> argument.</summary>
internal sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        if (argument is null)
            return ApiProblems.Field(StatusCodes.Status400BadRequest, "body", "a JSON body is required");
        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        if (result.IsValid) return await next(context);
        return ApiProblems.Validation(result.ToDictionary());
    }
}
