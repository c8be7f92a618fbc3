using Corpus.Server.Hosting;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Ingestion;

internal sealed class TextItemValidator : AbstractValidator<TextItemRequest>
{
    public TextItemValidator(IOptions<CorpusOptions> options)
    {
        RuleFor(r => r.Text).IsDarijaText(options.Value.MaxTextLength).OverridePropertyName("text");
        RuleFor(r => r.Source).IsShortLabel(200).OverridePropertyName("source");
        RuleFor(r => r.Licence).Matches("^[A-Za-z0-9.+-]{1,64}$").OverridePropertyName("licence")
            .WithMessage("must be an SPDX licence identifier such as CC0-1.0 or CC-BY-4.0");
    }
}
