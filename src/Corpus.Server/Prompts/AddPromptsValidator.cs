using Corpus.Server.Hosting;
using Corpus.Server.Ingestion;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Prompts;

internal sealed class AddPromptsValidator : AbstractValidator<AddPromptsRequest>
{
    private const int MaxPromptsPerRequest = 10_000;

    public AddPromptsValidator(IOptions<CorpusOptions> options)
    {
        RuleFor(r => r).Must(r => (r.Text is null) != (r.Prompts is null)).OverridePropertyName("text")
            .WithMessage("give either text (one prompt) or prompts (a list)");
        RuleFor(r => r.Prompts).Must(p => p is null || p.Count is > 0 and <= MaxPromptsPerRequest).OverridePropertyName("prompts")
            .WithMessage($"must hold 1-{MaxPromptsPerRequest} prompts");
        RuleFor(r => r.Text).IsDarijaText(options.Value.MaxTextLength).When(r => r.Text is not null).OverridePropertyName("text");
        RuleForEach(r => r.Prompts).ChildRules(prompt =>
        {
            prompt.RuleFor(p => p.Text).IsDarijaText(options.Value.MaxTextLength).OverridePropertyName("text");
            prompt.RuleFor(p => p.Source).IsShortLabel(200).OverridePropertyName("source");
        }).OverridePropertyName("prompts");
    }
}
