using System.Net;
using System.Text;
using System.Text.Json;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Ingestion;

[TestFixture]
public sealed class TextItemTests : VolunteerFixture
{
    [TestCase("كيداير؟ لاباس عليك، الله يخليك")]
    [TestCase("wach nta bikhir? 3afak 3tini l9hwa, ghadi n7mmam daba")]
    [TestCase("😂😂 hadchi zwin bzzzzaaaaf 👏🏽👨‍👩‍👧")]
    [TestCase("\u200Fراه \u202Bmerci beaucoup\u202C ديال \u2066ⵜⴰⵎⴰⵣⵉⵖⵜ\u2069 ﻻ ١٢٣ 06 12 34 56 78")]
    [TestCase("  spaces kept  \n\tand a tab, ݣ ڭ گ ڤ پ  ")]
    public async Task PostText_ThenGet_ReturnsRawTextByteForByte(string text)
    {
        var created = await Volunteer.PostAsJsonAsync("/api/v1/items/text", new { text });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString();
        Assert.That(body.GetProperty("state").GetString(), Is.EqualTo("received"));
        Assert.That(created.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/items/{id}"));

        var item = await Volunteer.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
        var stored = item.GetProperty("text").GetString()!;
        Assert.That(Encoding.UTF8.GetBytes(stored), Is.EqualTo(Encoding.UTF8.GetBytes(text)));
        Assert.That(item.GetProperty("kind").GetString(), Is.EqualTo("text"));
        Assert.That(item.GetProperty("licence").GetString(), Is.EqualTo("CC0-1.0"));
    }

    [TestCase("")]
    [TestCase("   \n\t ")]
    [TestCase("\u200B\u200F\uFEFF")]
    public async Task PostText_EmptyOrWhitespace_IsProblemNamingText(string text)
    {
        var response = await Volunteer.PostAsJsonAsync("/api/v1/items/text", new { text });
        var reason = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "text");
        Assert.That(reason, Does.Contain("empty"));
    }

    [Test]
    public async Task PostText_MissingText_IsProblemNamingText()
    {
        var response = await Volunteer.PostAsJsonAsync("/api/v1/items/text", new { source = "x" });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "text");
    }

    [Test]
    public async Task PostText_InvalidUtf8_IsProblemNamingText()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"salam ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");
        var response = await Volunteer.PostAsync("/api/v1/items/text", content);
        var reason = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "text");
        Assert.That(reason, Does.Contain("UTF-8"));
    }

    [Test]
    public async Task PostText_LoneSurrogateEscape_IsProblemNamingText()
    {
        using var content = new StringContent("{\"text\":\"salam \\ud800 khoya\"}", Encoding.UTF8, "application/json");
        var response = await Volunteer.PostAsync("/api/v1/items/text", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "text");
    }

    [Test]
    public async Task PostText_OverTheLengthLimit_IsProblemNamingText_AndAtTheLimitIsAccepted()
    {
        var atLimit = await Volunteer.PostAsJsonAsync("/api/v1/items/text", new { text = new string('ب', 10_000) });
        Assert.That(atLimit.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var over = await Volunteer.PostAsJsonAsync("/api/v1/items/text", new { text = new string('ب', 10_001) });
        var reason = await ProblemAssert.IsProblemAsync(over, HttpStatusCode.BadRequest, "text");
        Assert.That(reason, Does.Contain("10000"));
    }

    [Test]
    public async Task PostText_MalformedJson_IsProblem()
    {
        using var content = new StringContent("{\"text\": ", Encoding.UTF8, "application/json");
        var response = await Volunteer.PostAsync("/api/v1/items/text", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task PostText_BadLicence_IsProblemNamingLicence()
    {
        var response = await Volunteer.PostAsJsonAsync("/api/v1/items/text", new { text = "salam", licence = "all rights / reserved" });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "licence");
    }

    [Test]
    public async Task GetItem_UnknownId_IsNotFound()
    {
        var response = await Volunteer.GetAsync("/api/v1/items/NOPE");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "id");
    }
}
