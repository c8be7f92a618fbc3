using System.Net;
using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Ingestion;

namespace Corpus.IntegrationTests.Prompts;

[TestFixture]
public sealed class PromptTests
{
    private TestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await TestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task AddOneAndMany_ThenNext_GivesPromptsNotYetRecordedByThisVolunteer()
    {
        using var admin = _server.Admin();
        var one = await admin.PostAsJsonAsync("/api/v1/prompts", new { text = "شعل الضو عافاك" });
        Assert.That(one.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var many = await admin.PostAsJsonAsync("/api/v1/prompts", new { prompts = new[] { new { text = "فين غادي؟" }, new { text = "الجو زوين اليوم" } } });
        Assert.That(many.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var ids = (await many.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.That(ids, Has.Count.EqualTo(2));

        var again = await admin.PostAsJsonAsync("/api/v1/prompts", new { text = "فين غادي؟" });
        Assert.That((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ids")[0].GetString(), Is.EqualTo(ids[0]), "an existing prompt keeps its id");

        var (_, token) = await _server.NewContributorAsync();
        using var volunteer = _server.Client(token);
        var next = await volunteer.GetFromJsonAsync<JsonElement>("/api/v1/prompts/next?count=3");
        Assert.That(next.GetArrayLength(), Is.EqualTo(3));

        var recorded = next[0].GetProperty("id").GetString()!;
        var upload = await volunteer.PostAsync("/api/v1/recordings", RecordingTests.Form(TestAudio.SineWav(1.5), ("promptId", recorded)));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.Content.ReadAsStringAsync());
        var after = await volunteer.GetFromJsonAsync<JsonElement>("/api/v1/prompts/next?count=3");
        Assert.That(after.EnumerateArray().Select(p => p.GetProperty("id").GetString()), Does.Not.Contain(recorded));
        Assert.That(after.GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task Add_WithAContributorToken_IsForbidden_AndWithoutToken_IsUnauthorized()
    {
        var (_, token) = await _server.NewContributorAsync();
        using var volunteer = _server.Client(token);
        var forbidden = await volunteer.PostAsJsonAsync("/api/v1/prompts", new { text = "salam" });
        await ProblemAssert.IsProblemAsync(forbidden, HttpStatusCode.Forbidden, "Authorization");
        using var anonymous = _server.Client();
        var unauthorized = await anonymous.PostAsJsonAsync("/api/v1/prompts", new { text = "salam" });
        await ProblemAssert.IsProblemAsync(unauthorized, HttpStatusCode.Unauthorized, "Authorization");
        var next = await anonymous.GetAsync("/api/v1/prompts/next");
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [TestCase("{}", "text")]
    [TestCase("{\"text\":\"  \"}", "text")]
    [TestCase("{\"prompts\":[]}", "prompts")]
    [TestCase("{\"prompts\":[{\"text\":\"\"}]}", "prompts[0].text")]
    public async Task Add_Invalid_IsProblemNamingTheField(string json, string field)
    {
        using var admin = _server.Admin();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        await ProblemAssert.IsProblemAsync(await admin.PostAsync("/api/v1/prompts", content), HttpStatusCode.BadRequest, field);
    }

    [TestCase(0)]
    [TestCase(51)]
    public async Task Next_CountOutOfRange_IsProblemNamingCount(int count)
    {
        var (_, token) = await _server.NewContributorAsync();
        using var volunteer = _server.Client(token);
        await ProblemAssert.IsProblemAsync(await volunteer.GetAsync($"/api/v1/prompts/next?count={count}"), HttpStatusCode.BadRequest, "count");
    }
}
