using System.Text.Json;

namespace Corpus.IntegrationTests.Processing;

/// <summary>Submits items and waits for the server's worker to process them.</summary>
public static class Pipeline
{
    public static async Task<string> PostTextAsync(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/v1/items/text", new { text });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> PostSocialAsync(HttpClient client, string text, string platform = "facebook")
    {
        var response = await client.PostAsJsonAsync("/api/v1/items/social", new { platform, text });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Uploads a recording with its transcript; fails the test unless it is acknowledged (201).</summary>
    public static async Task<string> PostRecordingAsync(HttpClient client, byte[] audio, string transcript)
    {
        var response = await client.PostAsync("/api/v1/recordings", Ingestion.RecordingTests.Form(audio, ("transcript", transcript)));
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The item once it has left the received state (the worker runs in the background).</summary>
    public static async Task<JsonElement> ProcessedAsync(HttpClient client, string id, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var item = await client.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
            if (item.GetProperty("state").GetString() != "received") return item;
            if (DateTime.UtcNow > deadline) Assert.Fail($"item {id} was not processed in time");
            await Task.Delay(50);
        }
    }

    public static string[] FlagNames(JsonElement item) =>
        item.GetProperty("result").GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToArray();

    public static JsonElement Flag(JsonElement item, string name) =>
        item.GetProperty("result").GetProperty("flags").EnumerateArray().First(f => f.GetProperty("name").GetString() == name);
}
