using System.Net;
using System.Text.Json;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Contributors;

[TestFixture]
public sealed class ContributorTests
{
    private TestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await TestServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task Create_WithConsentAndDemographics_ReturnsIdAndAWorkingToken()
    {
        using var anonymous = _server.Client();
        var consent = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/consent");
        var response = await anonymous.PostAsJsonAsync("/api/v1/contributors", new
        {
            consent = true,
            consentVersion = consent.GetProperty("version").GetString(),
            ageBracket = "twenties",
            gender = "female",
            region = "souss-massa",
            languages = new[] { "ary", "fra", "shi" },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        Assert.That(body.GetProperty("id").GetString(), Has.Length.EqualTo(26));

        using var volunteer = _server.Client(token);
        var text = await volunteer.PostAsJsonAsync("/api/v1/items/text", new { text = "salam" });
        Assert.That(text.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("{\"consentVersion\":\"2026-11\"}", "consent")]
    [TestCase("{\"consent\":false,\"consentVersion\":\"2026-11\"}", "consent")]
    [TestCase("{\"consent\":true}", "consentVersion")]
    [TestCase("{\"consent\":true,\"consentVersion\":\"2019-01\"}", "consentVersion")]
    [TestCase("{\"consent\":true,\"consentVersion\":\"2026-11\",\"region\":\"paris\"}", "region")]
    [TestCase("{\"consent\":true,\"consentVersion\":\"2026-11\",\"ageBracket\":\"12\"}", "ageBracket")]
    [TestCase("{\"consent\":true,\"consentVersion\":\"2026-11\",\"gender\":\"x\"}", "gender")]
    [TestCase("{\"consent\":true,\"consentVersion\":\"2026-11\",\"languages\":[\"klingon\"]}", "languages")]
    public async Task Create_WithoutValidConsentOrDemographics_IsProblemNamingTheField(string json, string field)
    {
        using var anonymous = _server.Client();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await anonymous.PostAsync("/api/v1/contributors", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Test]
    public async Task Withdraw_MarksEveryItemWithdrawn_AndTheTokenStopsWorking()
    {
        var (_, token) = await _server.NewContributorAsync();
        using var volunteer = _server.Client(token);
        var ids = new List<string>();
        foreach (var text in new[] { "wahed", "jouj", "tlata" })
        {
            var created = await volunteer.PostAsJsonAsync("/api/v1/items/text", new { text });
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        var withdrawn = await volunteer.DeleteAsync("/api/v1/contributors/me");
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("withdrawnItems").GetInt32(), Is.EqualTo(3));

        var after = await volunteer.PostAsJsonAsync("/api/v1/items/text", new { text = "mazal?" });
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var admin = _server.Admin();
        foreach (var id in ids)
        {
            var item = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
            Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("withdrawn"));
        }
    }

    [Test]
    public async Task Withdraw_WithAnAdminToken_IsForbidden()
    {
        using var admin = _server.Admin();
        var response = await admin.DeleteAsync("/api/v1/contributors/me");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden, "Authorization");
    }
}
