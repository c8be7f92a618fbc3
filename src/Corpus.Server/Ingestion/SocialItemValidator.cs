using Corpus.Server.Hosting;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Ingestion;

internal sealed class SocialItemValidator : AbstractValidator<SocialItemRequest>
{
    public SocialItemValidator(IOptions<CorpusOptions> options, TimeProvider time)
    {
        RuleFor(r => r.Platform).NotEmpty().WithMessage("is required (for example facebook, youtube, tiktok, x)")
            .Matches("^[a-z0-9_.-]{1,32}$").WithMessage("must be a lowercase platform name of 1-32 characters")
            .OverridePropertyName("platform");
        RuleFor(r => r.Text).IsDarijaText(options.Value.MaxTextLength).OverridePropertyName("text");
        RuleFor(r => r.Url).Must(u => u is null || (u.Length <= 2048 && Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("must be an absolute http(s) URL of at most 2048 characters").OverridePropertyName("url");
        RuleFor(r => r.AuthorHandle).IsShortLabel(200).OverridePropertyName("authorHandle");
        RuleFor(r => r.PostedAt).Must(p => p is null || p <= time.GetUtcNow().AddDays(1))
            .WithMessage("must not be in the future").OverridePropertyName("postedAt");
    }
}
