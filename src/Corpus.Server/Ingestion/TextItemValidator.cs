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
        RuleFor(r => r.Licence).IsLicence().OverridePropertyName("licence");
    }
}
