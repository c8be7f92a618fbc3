using System.Net;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Auth;

[TestFixture]
public sealed class RoleTests
{
    private TestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await TestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    private static IEnumerable<(HttpMethod Method, string Path)> ProtectedRoutes() =>
    [
        (HttpMethod.Post, "/api/v1/items/text"),
        (HttpMethod.Post, "/api/v1/items/social"),
        (HttpMethod.Post, "/api/v1/items/bulk"),
        (HttpMethod.Post, "/api/v1/recordings"),
        (HttpMethod.Get, "/api/v1/items/01ANY"),
        (HttpMethod.Get, "/api/v1/prompts/next"),
        (HttpMethod.Post, "/api/v1/prompts"),
        (HttpMethod.Delete, "/api/v1/contributors/me"),
    ];

    private static HttpContent ContentFor(string path) => path switch
    {
        "/api/v1/recordings" => Ingestion.RecordingTests.Form(Ingestion.TestAudio.SineWav(0.5), ("transcript", "x")),
        "/api/v1/items/bulk" => new StringContent("{\"text\":\"x\"}\n", System.Text.Encoding.UTF8, "application/x-ndjson"),
        _ => JsonContent.Create(new { text = "x" }),
    };

    [Test]
    public async Task EveryProtectedRoute_WithoutToken_Is401Problem()
    {
        using var anonymous = _server.Client();
        foreach (var (method, path) in ProtectedRoutes())
        {
            var response = await anonymous.SendAsync(new HttpRequestMessage(method, path) { Content = ContentFor(path) });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{method} {path}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    [Test]
    public async Task UnknownOrMalformedToken_Is401()
    {
        using var forged = _server.Client("crp_not-a-real-token");
        Assert.That((await forged.PostAsJsonAsync("/api/v1/items/text", new { text = "x" })).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var basic = _server.Client();
        basic.DefaultRequestHeaders.Authorization = new("Basic", "dXNlcjpwYXNz");
        Assert.That((await basic.PostAsJsonAsync("/api/v1/items/text", new { text = "x" })).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("contributor", "POST", "/api/v1/prompts")]
    [TestCase("contributor", "POST", "/api/v1/items/bulk")]
    [TestCase("researcher", "POST", "/api/v1/items/text")]
    [TestCase("annotator", "POST", "/api/v1/recordings")]
    [TestCase("importer", "POST", "/api/v1/prompts")]
    [TestCase("researcher", "GET", "/api/v1/items/01ANY")]
    public async Task RoleWithoutTheRight_Is403Problem(string role, string method, string path)
    {
        var token = role == "contributor" ? (await _server.NewContributorAsync()).Token : await _server.CreateTokenAsync(role);
        using var client = _server.Client(token);
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = ContentFor(path) });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "Authorization");
    }

    [Test]
    public async Task Annotator_ReadsAnyItem_ButAnotherVolunteerDoesNot()
    {
        using var owner = _server.Client((await _server.NewContributorAsync()).Token);
        var created = await owner.PostAsJsonAsync("/api/v1/items/text", new { text = "dyali ana" });
        var location = created.Headers.Location!.ToString();
        using var annotator = _server.Client(await _server.CreateTokenAsync("annotator"));
        Assert.That((await annotator.GetAsync(location)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var stranger = _server.Client((await _server.NewContributorAsync()).Token);
        Assert.That((await stranger.GetAsync(location)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await owner.GetAsync(location)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task UnknownRoute_Is404Problem()
    {
        using var client = _server.Client();
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound, "path");
    }
}
