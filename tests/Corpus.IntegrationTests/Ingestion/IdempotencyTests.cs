using System.Net;
using System.Text.Json;
using Corpus.Data.Ingestion;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Ingestion;

[TestFixture]
public sealed class IdempotencyTests : VolunteerFixture
{
    private static HttpRequestMessage Keyed(string path, HttpContent content, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Test]
    public async Task TenConcurrentRetries_WithOneKey_StoreOneItem_AndAllGetItsId()
    {
        var before = await CountAsync();
        var key = Guid.NewGuid().ToString();
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Volunteer.SendAsync(Keyed("/api/v1/items/text", JsonContent.Create(new { text = "3afak a khouya" }), key))));
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        Assert.That(await CountAsync(), Is.EqualTo(before + 1));
        Assert.That(responses.Count(r => r.Headers.Contains("Idempotent-Replayed")), Is.EqualTo(9));
    }

    [Test]
    public async Task ConcurrentRecordingRetries_WithOneKey_StoreOneItem()
    {
        var before = await CountAsync();
        var wav = TestAudio.SineWav(1.2);
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            Volunteer.SendAsync(Keyed("/api/v1/recordings", RecordingTests.Form(wav, ("transcript", "salam")), "rec-key-1"))));
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That(await CountAsync(), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task SameKey_DifferentRequest_Is422NamingTheKey()
    {
        var first = await Volunteer.SendAsync(Keyed("/api/v1/items/text", JsonContent.Create(new { text = "lwla" }), "reused"));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var second = await Volunteer.SendAsync(Keyed("/api/v1/items/text", JsonContent.Create(new { text = "tanya" }), "reused"));
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.UnprocessableEntity, "Idempotency-Key");
    }

    [Test]
    public async Task SameKey_FromAnotherToken_IsAnIndependentRequest()
    {
        using var other = Server.Client((await Server.NewContributorAsync()).Token);
        var a = await Volunteer.SendAsync(Keyed("/api/v1/items/text", JsonContent.Create(new { text = "salam" }), "shared-key"));
        var b = await other.SendAsync(Keyed("/api/v1/items/text", JsonContent.Create(new { text = "salam" }), "shared-key"));
        var idA = (await a.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var idB = (await b.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.That(idA, Is.Not.EqualTo(idB));
    }

    [Test]
    public async Task ContributorSignUp_Retried_ReturnsTheSameContributorAndToken()
    {
        using var anonymous = Server.Client();
        var body = new { consent = true, consentVersion = "2026-11" };
        var first = await anonymous.SendAsync(Keyed("/api/v1/contributors", JsonContent.Create(body), "signup-7c1f"));
        var second = await anonymous.SendAsync(Keyed("/api/v1/contributors", JsonContent.Create(body), "signup-7c1f"));
        Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task MalformedKey_IsProblemNamingTheKey()
    {
        var response = await Volunteer.SendAsync(Keyed("/api/v1/items/text", JsonContent.Create(new { text = "x" }), new string('k', 300)));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Idempotency-Key");
    }

    private Task<long> CountAsync() => Server.Services.GetRequiredService<ItemStore>().CountAsync(CancellationToken.None);
}
