using System.Text.Encodings.Web;
using Corpus.Server.Contributors;
using Corpus.Server.Export;
using Corpus.Server.Ingestion;
using Corpus.Server.Problems;
using Corpus.Server.Pages;
using Corpus.Server.Processing;
using Corpus.Server.Review;
using Corpus.Server.Prompts;

namespace Corpus.Server.Hosting;

/// <summary>Builds and starts the HTTP service; used by <c>corpus serve</c>, the server project and the tests.</summary>
public static class CorpusApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultUrl);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.AddCorpus(builder.Configuration);
        builder.Services.AddHostedService<Processing.ProcessingWorker>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CorpusOptions>>().Value;
        app.UseExceptionHandler(handler => handler.Run(BadRequestProblems.WriteAsync));
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseRouting();
        app.Use(BodySizeLimit.Middleware(options.MaxJsonBytes));
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).WithName("Health").WithTags("Health");
        app.MapContributorEndpoints();
        app.MapItemEndpoints();
        app.MapRecordingEndpoints();
        app.MapPromptEndpoints();
        app.MapStatsEndpoints();
        app.MapReleaseEndpoints();
        app.MapReviewEndpoints();
        app.MapPageEndpoints();
        return app;
    }

    /// <summary>Prepares storage (migrations, leftover temp files, the first admin token) and then serves until stopped.</summary>
    public static async Task RunAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        await Bootstrap.InitializeAsync(app.Services, Console.Out, cancellationToken);
        await app.RunAsync(cancellationToken);
    }
}
