using Corpus.Data.Prompts;
using Corpus.Server.Hosting;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Ingestion;

/// <summary>The same text rules as the text endpoints, plus: a known prompt or a transcript.</summary>
internal sealed class RecordingFieldsValidator : AbstractValidator<RecordingFields>
{
    public RecordingFieldsValidator(IOptions<CorpusOptions> options, PromptStore prompts)
    {
        RuleFor(r => r.PromptId).Cascade(CascadeMode.Stop)
            .Must((fields, promptId) => promptId is not null || fields.Transcript is not null)
            .WithMessage("give promptId (the prompt read aloud) or transcript (what was said)")
            .MustAsync(async (promptId, cancellationToken) => promptId is null || await prompts.ExistsAsync(promptId, cancellationToken))
            .WithMessage("no prompt has this id")
            .OverridePropertyName("promptId");
        RuleFor(r => r.Transcript).IsDarijaText(options.Value.MaxTextLength).When(r => r.Transcript is not null).OverridePropertyName("transcript");
        RuleFor(r => r.Source).IsShortLabel(200).OverridePropertyName("source");
        RuleFor(r => r.Licence).IsLicence().OverridePropertyName("licence");
    }
}
