using Corpus.Core.Review;
using Corpus.Server.Hosting;
using Corpus.Server.Ingestion;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Review;

internal sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    public DecisionRequestValidator(IOptions<CorpusOptions> options)
    {
        RuleFor(r => r.Decision).Must(d => d is not null && ReviewDecisionKinds.All.Contains(d))
            .WithMessage($"must be one of: {string.Join(", ", ReviewDecisionKinds.All)}").OverridePropertyName("decision");
        RuleFor(r => r.Reason).Must(r => r is not null && RejectReasons.All.Contains(r))
            .When(r => r.Decision == ReviewDecisionKinds.Reject)
            .WithMessage($"is required to reject, one of: {string.Join(", ", RejectReasons.All)}").OverridePropertyName("reason");
        RuleFor(r => r.Reason).Null().When(r => r.Decision is ReviewDecisionKinds.Approve or ReviewDecisionKinds.Fix)
            .WithMessage("is only given with a rejection").OverridePropertyName("reason");
        RuleFor(r => r.Text).IsDarijaText(options.Value.MaxTextLength).When(r => r.Decision == ReviewDecisionKinds.Fix).OverridePropertyName("text");
        RuleFor(r => r.Text).Null().When(r => r.Decision is ReviewDecisionKinds.Approve or ReviewDecisionKinds.Reject)
            .WithMessage("is only given with a fix (decision \"fix\")").OverridePropertyName("text");
        RuleFor(r => r.Note).IsShortLabel(2000).OverridePropertyName("note");
    }
}
