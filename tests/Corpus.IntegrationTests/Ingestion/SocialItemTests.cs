using System.Net;
using System.Text.Json;
using Corpus.Data.Ingestion;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Ingestion;

[TestFixture]
public sealed class SocialItemTests : VolunteerFixture
{
    [Test]
    public async Task PostSocial_StoresPostAndOnlyAKeyedHashOfTheHandle()
    {
        var post = new
        {
            platform = "youtube",
            text = "hhhhhh had lvideo wa3ra bzzzzaf 😂 https://youtu.be/abc #maroc",
            postedAt = "2026-10-01T12:30:00Z",
            url = "https://www.youtube.com/watch?v=abc",
            authorHandle = "@Simo_Officiel",
        };
        var response = await Volunteer.PostAsJsonAsync("/api/v1/items/social", post);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var item = await Volunteer.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
        Assert.That(item.GetProperty("text").GetString(), Is.EqualTo(post.text));
        Assert.That(item.GetProperty("platform").GetString(), Is.EqualTo("youtube"));
        Assert.That(item.GetProperty("postedAt").GetString(), Does.StartWith("2026-10-01T12:30:00"));
        Assert.That(item.ToString(), Does.Not.Contain("imo_"), "the handle never comes back");

        var row = await Server.Services.GetRequiredService<ItemStore>().FindAsync(id, CancellationToken.None);
        Assert.That(row!.AuthorHash, Has.Length.EqualTo(64));
        Assert.That(row.AuthorHash, Does.Not.Contain("simo"));
    }

    [Test]
    public async Task PostSocial_SameHandleWrittenDifferently_HashesTheSame()
    {
        var first = await PostAsync("@Hamid.Dz");
        var second = await PostAsync("hamid.dz");
        var items = Server.Services.GetRequiredService<ItemStore>();
        var a = await items.FindAsync(first, CancellationToken.None);
        var b = await items.FindAsync(second, CancellationToken.None);
        Assert.That(a!.AuthorHash, Is.EqualTo(b!.AuthorHash));
    }

    private async Task<string> PostAsync(string handle)
    {
        var response = await Volunteer.PostAsJsonAsync("/api/v1/items/social", new { platform = "facebook", text = "salam khouti", authorHandle = handle });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [TestCase("{\"text\":\"salam\"}", "platform")]
    [TestCase("{\"platform\":\"Face Book!\",\"text\":\"salam\"}", "platform")]
    [TestCase("{\"platform\":\"facebook\",\"text\":\" \"}", "text")]
    [TestCase("{\"platform\":\"facebook\",\"text\":\"salam\",\"url\":\"javascript:alert(1)\"}", "url")]
    [TestCase("{\"platform\":\"facebook\",\"text\":\"salam\",\"postedAt\":\"yesterday\"}", "postedAt")]
    [TestCase("{\"platform\":\"facebook\",\"text\":\"salam\",\"postedAt\":\"2999-01-01T00:00:00Z\"}", "postedAt")]
    public async Task PostSocial_InvalidField_IsProblemNamingIt(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await Volunteer.PostAsync("/api/v1/items/social", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, field);
    }
}
