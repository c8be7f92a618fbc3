using Corpus.Core.Review;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Review;

internal sealed class ClaimRequestValidator : AbstractValidator<ClaimRequest>
{
    public ClaimRequestValidator(IOptions<ReviewOptions> options)
    {
        var max = options.Value.MaxClaim;
        RuleFor(r => r.Count).InclusiveBetween(1, max).When(r => r.Count is not null)
            .WithMessage($"must be between 1 and {max}").OverridePropertyName("count");
    }
}
