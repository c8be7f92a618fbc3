using Corpus.Core.Audio;
using Corpus.Core.Ingestion;
using Corpus.Core.Quality;
using Corpus.Core.Storage;
using Corpus.Data.Auth;
using Corpus.Data.Contributors;
using Corpus.Data.Export;
using Corpus.Data.Review;
using Corpus.Core.Review;
using Corpus.Server.Review;
using Corpus.Data.Idempotency;
using Corpus.Data.Ingestion;
using Corpus.Data.Processing;
using Corpus.Data.Prompts;
using Corpus.Data.Storage;
using Corpus.Server.Auth;
using Corpus.Server.Contributors;
using Corpus.Server.Idempotency;
using Corpus.Server.Ingestion;
using Corpus.Server.Processing;
using Corpus.Server.Prompts;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Hosting;

public static class ServiceRegistration
{
    public static IServiceCollection AddCorpus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorpusOptions>().Bind(configuration.GetSection(CorpusOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IdGenerator>();

        services.AddSingleton(sp => StorageFactory.Database(Options(sp)));
        services.AddSingleton(sp => StorageFactory.Blobs(Options(sp)));
        services.AddSingleton<Transactions>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<InstanceSecretStore>();
        services.AddSingleton<ItemStore>();
        services.AddSingleton<ContributorStore>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<PromptStore>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton(sp => new ServerKeys(sp.GetRequiredService<InstanceSecretStore>().GetOrCreateAsync("hmac", CancellationToken.None).GetAwaiter().GetResult()));

        services.AddSingleton<WorkQueue>();
        services.AddSingleton<ResultStore>();
        services.AddSingleton<StatsStore>();
        services.AddSingleton<ReleaseStore>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<IValidator<ClaimRequest>, ClaimRequestValidator>();
        services.AddSingleton<IValidator<DecisionRequest>, DecisionRequestValidator>();
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.ClaimLease > TimeSpan.Zero, "Corpus:Review:ClaimLease must be positive").ValidateOnStart();
        services.AddSingleton<ReleaseAssembler>();
        services.AddSingleton<ReleasePublisher>();
        services.AddSingleton<ReleaseBuilder>();
        services.AddOptions<ProcessingOptions>().Bind(configuration.GetSection(ProcessingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AudioOptions>().Bind(configuration.GetSection("Corpus:Audio"));
        services.AddOptions<QualityScorerOptions>().Bind(configuration.GetSection("Corpus:Quality"))
            .Validate(o => o.Problems().Count == 0, "Corpus:Quality has invalid thresholds.").ValidateOnStart();
        services.AddSingleton(sp => new AudioProcessor(sp.GetRequiredService<IOptions<AudioOptions>>().Value));
        services.AddSingleton<LanguageModelHost>();
        services.AddSingleton<ScorerHost>();
        services.AddSingleton<TextAnalysis>();
        services.AddSingleton<RecordingAnalysis>();
        services.AddSingleton<ItemProcessor>();
        services.AddSingleton<ProcessingRunner>();
        services.AddSingleton<Rescorer>();

        services.AddSingleton<IdempotentWriter>();
        services.AddSingleton<ItemFactory>();
        services.AddSingleton<BulkLineParser>();
        services.AddSingleton<IValidator<TextItemRequest>, TextItemValidator>();
        services.AddSingleton<IValidator<SocialItemRequest>, SocialItemValidator>();
        services.AddSingleton<IValidator<CreateContributorRequest>, CreateContributorValidator>();
        services.AddSingleton<IValidator<AddPromptsRequest>, AddPromptsValidator>();
        services.AddSingleton<IValidator<RecordingFields>, RecordingFieldsValidator>();

        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorization();
        return services;
    }

    private static CorpusOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<CorpusOptions>>().Value;
}
