using System.Net.Http.Headers;
using Corpus.Data.Auth;
using Corpus.Server.Hosting;
using Corpus.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Corpus.IntegrationTests.Hosting;

/// <summary>The real service on a real Kestrel at 127.0.0.1 (random port) over a real SQLite file in a temp folder.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, TestDatabase database, string dataDirectory, Uri address, string adminToken)
    {
        _app = app;
        Database = database;
        DataDirectory = dataDirectory;
        Address = address;
        AdminToken = adminToken;
    }

    /// <summary>One language-model cache for the whole test run, so each server does not train its own.</summary>
    public static readonly string SharedModelDirectory = Path.Combine(Path.GetTempPath(), "corpus-test-models");

    public string DataDirectory { get; }

    /// <summary>The database this server runs on (SQLite file, or PostgreSQL with CORPUS_TEST_DB=postgres).</summary>
    public TestDatabase Database { get; }
    public Uri Address { get; }
    public string AdminToken { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<TestServer> StartAsync(IDictionary<string, string?>? extraSettings = null, string? dataDirectory = null)
    {
        dataDirectory ??= TestPaths.NewTempDirectory("corpus-it");
        var database = TestDatabase.For(dataDirectory);
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Corpus:DataDirectory"] = dataDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Corpus:ModelDirectory"] = SharedModelDirectory,
            ["Corpus:Processing:IdleDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in database.Settings()) settings[key] = value;
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>()) settings[key] = value;
        var app = CorpusApp.Build([], settings);
        await Bootstrap.InitializeAsync(app.Services, TextWriter.Null, CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var adminToken = (await File.ReadAllTextAsync(Path.Combine(dataDirectory, "admin-token"))).Trim();
        return new TestServer(app, database, dataDirectory, new Uri(address), adminToken);
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Admin() => Client(AdminToken);

    public Task<string> CreateTokenAsync(string role) =>
        Services.GetRequiredService<TokenStore>().CreateAsync(role, "test", CancellationToken.None);

    /// <summary>A new volunteer who consented; returns their id and token.</summary>
    public async Task<(string Id, string Token)> NewContributorAsync()
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/v1/contributors", new { consent = true, consentVersion = "2026-11" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ContributorCreatedBody>();
        return (body!.Id, body.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner.
        }
    }

    private sealed record ContributorCreatedBody(string Id, string Token);

}
