using Corpus.Core.Ingestion;
using Corpus.Server.Hosting;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Contributors;

internal sealed class CreateContributorValidator : AbstractValidator<CreateContributorRequest>
{
    public CreateContributorValidator(IOptions<CorpusOptions> options)
    {
        var version = options.Value.ConsentVersion;
        RuleFor(r => r.Consent).Must(c => c == true).OverridePropertyName("consent")
            .WithMessage("must be true: recordings and texts are collected only with consent");
        RuleFor(r => r.ConsentVersion).Must(v => v == version).OverridePropertyName("consentVersion")
            .WithMessage($"must be the consent version shown to the volunteer ('{version}')");
        RuleFor(r => r.AgeBracket).Must(v => v is null || Demographics.AgeBrackets.Contains(v)).OverridePropertyName("ageBracket")
            .WithMessage($"must be one of: {string.Join(", ", Demographics.AgeBrackets)}");
        RuleFor(r => r.Gender).Must(v => v is null || Demographics.Genders.Contains(v)).OverridePropertyName("gender")
            .WithMessage($"must be one of: {string.Join(", ", Demographics.Genders)}");
        RuleFor(r => r.Region).Must(v => v is null || Demographics.Regions.Contains(v)).OverridePropertyName("region")
            .WithMessage($"must be one of: {string.Join(", ", Demographics.Regions)}");
        RuleFor(r => r.Languages).Must(v => v is null || (v.Count <= 10 && v.All(Demographics.Languages.Contains))).OverridePropertyName("languages")
            .WithMessage($"must be up to 10 of: {string.Join(", ", Demographics.Languages)}");
    }
}
