using System.Net;
using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.Testing;

namespace Corpus.IntegrationTests.Api;

[TestFixture]
public sealed class OpenApiTests
{
    private static string CommittedPath => Path.Combine(TestPaths.RepositoryRoot, "schemas", "openapi.v1.json");

    [Test]
    public async Task Health_AnswersOk()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var response = await client.GetAsync("/healthz");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>
    /// The OpenAPI document in schemas/ is the one the service serves. After changing the API,
    /// regenerate it with CORPUS_UPDATE_SCHEMAS=1 dotnet test --filter OpenApi.
    /// </summary>
    [Test]
    public async Task ServedDocument_MatchesTheCommittedOne()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var served = await client.GetStringAsync("/openapi/v1.json");
        var normalized = Normalize(served);
        Assert.That(normalized, Does.Contain("/api/v1/items/text").And.Contain("/api/v1/recordings").And.Contain("/api/v1/contributors"));
        if (Environment.GetEnvironmentVariable("CORPUS_UPDATE_SCHEMAS") == "1") await File.WriteAllTextAsync(CommittedPath, normalized);
        Assert.That(File.Exists(CommittedPath), "schemas/openapi.v1.json is missing; run with CORPUS_UPDATE_SCHEMAS=1");
        Assert.That(normalized, Is.EqualTo(await File.ReadAllTextAsync(CommittedPath)), "the API changed: regenerate schemas/openapi.v1.json with CORPUS_UPDATE_SCHEMAS=1");
    }

    /// <summary>The served document names the random test port in its servers list; drop it so the file is stable.</summary>
    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == "servers") continue;
                property.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
