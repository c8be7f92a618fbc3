using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.Testing;
using Dapper;

namespace Corpus.IntegrationTests.Ingestion;

[TestFixture]
public sealed class CrashDurabilityTests
{
    [Test]
    public async Task KillingTheServerMidStream_KeepsEveryAcknowledgedItem_AndLeavesNoHalfItem()
    {
        var data = TestPaths.NewTempDirectory("corpus-crash");
        await using var database = TestDatabase.For(data);
        var acknowledged = new ConcurrentDictionary<string, byte[]?>();
        var token = "";
        using (var server = await ServerProcess.StartAsync(data, database))
        {
            using var anonymous = new HttpClient { BaseAddress = server.Address };
            var signup = await anonymous.PostAsJsonAsync("/api/v1/contributors", new { consent = true, consentVersion = "2026-11" });
            token = (await signup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

            using var stop = new CancellationTokenSource();
            var uploaders = Enumerable.Range(0, 6).Select(worker => UploadUntilStoppedAsync(server.Address, token, worker, acknowledged, stop.Token)).ToArray();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (acknowledged.Count < 150 && DateTime.UtcNow < deadline) await Task.Delay(20);
            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(uploaders);
        }
        Assert.That(acknowledged, Has.Count.GreaterThanOrEqualTo(150), "the stream of uploads was too slow to test anything");

        using (var restarted = await ServerProcess.StartAsync(data, database))
        {
            using var client = new HttpClient { BaseAddress = restarted.Address };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            foreach (var (id, audio) in acknowledged)
            {
                var item = await client.GetAsync($"/api/v1/items/{id}");
                Assert.That(item.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"acknowledged item {id} is gone");
                if (audio is not null) Assert.That(await client.GetByteArrayAsync($"/api/v1/items/{id}/audio"), Is.EqualTo(audio));
            }
        }

        await using (var db = await database.OpenAsync())
        {
            var blobs = (await db.QueryAsync<(string Id, string Sha)>("SELECT id, blob_sha256 FROM items WHERE kind = 'recording'")).ToList();
            foreach (var (id, sha) in blobs)
            {
                var path = Path.Combine(data, "blobs", sha[..2], sha[2..4], sha);
                Assert.That(File.Exists(path), $"item {id} points at a blob that is not there");
                Assert.That(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path))), Is.EqualTo(sha), $"blob of {id} is damaged");
            }
        }
        Assert.That(Directory.GetFiles(Path.Combine(data, "blobs", "tmp")), Is.Empty, "half-written blobs were left behind");
        Directory.Delete(data, recursive: true);
    }

    private static async Task UploadUntilStoppedAsync(Uri address, string token, int worker, ConcurrentDictionary<string, byte[]?> acknowledged, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            try
            {
                byte[]? audio = null;
                HttpResponseMessage response;
                if (n % 3 == 0)
                {
                    audio = TestAudio.SineWav(0.5 + (n % 7) * 0.1, frequency: 100 + worker * 50 + n);
                    response = await client.PostAsync("/api/v1/recordings", RecordingTests.Form(audio, ("transcript", $"tasjil {worker}-{n}")), stop);
                }
                else
                {
                    response = await client.PostAsJsonAsync("/api/v1/items/text", new { text = $"jomla {worker}-{n} 3la slamtek" }, stop);
                }
                if (response.IsSuccessStatusCode)
                {
                    var id = (await response.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("id").GetString()!;
                    acknowledged[id] = audio;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException or JsonException)
            {
                // The server died under us: this upload was never acknowledged.
            }
        }
    }
}
