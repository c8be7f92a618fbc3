using System.Net;
using System.Text;
using System.Text.Json;
using Corpus.Data.Ingestion;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Ingestion;

[TestFixture]
public sealed class BulkImportTests
{
    private TestServer _server = null!;
    private HttpClient _importer = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Corpus:MaxBulkLineBytes"] = "4096" });
        _importer = _server.Client(await _server.CreateTokenAsync("importer"));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _importer.Dispose();
        await _server.DisposeAsync();
    }

    private static ByteArrayContent Ndjson(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-ndjson");
        return content;
    }

    private static byte[] Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    [Test]
    public async Task Import_MixedGoodAndBadLines_StoresTheGoodAndReportsEachBadLine()
    {
        var before = await CountAsync();
        var body = Lines(
            "{\"text\":\"kanbghi lmaghrib bzaf\",\"source\":\"forum\",\"licence\":\"CC-BY-4.0\"}",
            "{\"kind\":\"social\",\"platform\":\"facebook\",\"text\":\"ach had l3jab 😮\"}",
            "{\"text\":",
            "{\"text\":\"   \"}",
            "",
            "{\"kind\":\"poem\",\"text\":\"x\"}",
            "{\"kind\":\"social\",\"text\":\"no platform\"}",
            "{\"text\":\"السلام عليكم\"}")
            .Concat(Encoding.UTF8.GetBytes("{\"text\":\"bad ")).Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"}\r\n"))
            .Concat(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 5000) + "\"}\n"))
            .Concat(Encoding.UTF8.GetBytes("{\"text\":\"last line without newline\"}"))
            .ToArray();

        var response = await _importer.PostAsync("/api/v1/items/bulk", Ndjson(body));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(result.GetProperty("accepted").GetInt32(), Is.EqualTo(4));
        var rejected = result.GetProperty("rejected").EnumerateArray()
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("errors").EnumerateObject().Select(p => p.Name).Single());
        Assert.That(string.Join(" ", rejected.Select(r => $"{r.Key}:{r.Value}")),
            Is.EqualTo("3:text 4:text 6:kind 7:platform 9:line 10:line"));
        Assert.That(await CountAsync(), Is.EqualTo(before + 4));
    }

    [Test]
    public async Task Import_ManyLines_AreAllStored()
    {
        var before = await CountAsync();
        var lines = Enumerable.Range(0, 2_345).Select(i => $"{{\"text\":\"jomla raqm {i} f l'import\"}}").ToArray();
        var response = await _importer.PostAsync("/api/v1/items/bulk", Ndjson(Lines(lines)));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(result.GetProperty("accepted").GetInt32(), Is.EqualTo(2_345));
        Assert.That(await CountAsync(), Is.EqualTo(before + 2_345));
    }

    [Test]
    public async Task Import_RetriedWithTheSameKey_StoresNothingNew_AndAnswersTheSame()
    {
        var before = await CountAsync();
        var body = Lines("{\"text\":\"wahed\"}", "{\"text\":\"\"}", "{\"text\":\"jouj\"}");
        string? first = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/items/bulk") { Content = Ndjson(body) };
            request.Headers.Add("Idempotency-Key", "import-2026-11-23-a");
            var response = await _importer.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var text = await response.Content.ReadAsStringAsync();
            first ??= text;
            Assert.That(text, Is.EqualTo(first));
        }
        Assert.That(await CountAsync(), Is.EqualTo(before + 2));
    }

    [Test]
    public async Task Import_WithAContributorToken_IsForbidden()
    {
        using var volunteer = _server.Client((await _server.NewContributorAsync()).Token);
        var response = await volunteer.PostAsync("/api/v1/items/bulk", Ndjson(Lines("{\"text\":\"x\"}")));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "Authorization");
    }

    private Task<long> CountAsync() => _server.Services.GetRequiredService<ItemStore>().CountAsync(CancellationToken.None);
}
