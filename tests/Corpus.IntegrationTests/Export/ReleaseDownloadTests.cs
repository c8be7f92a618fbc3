using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Corpus.IntegrationTests.Cli;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Export;

[TestFixture]
public sealed class ReleaseDownloadTests : VolunteerFixture
{
    [Test]
    public async Task Researcher_ListsReleases_AndDownloadsEveryFileTheManifestNames_WithMatchingChecksums()
    {
        await Processing.Pipeline.PostTextAsync(Volunteer, "علاش ما جيتيش البارح للعرس؟ كانت الحفلة زوينة بزاف والماكلة بنينة");
        await Processing.Pipeline.PostTextAsync(Volunteer, "daba ghadi nmchi l souk nchri chi khodra w nrje3 bach nwjed l ghda");
        await WaitUntilProcessedAsync();
        var build = await CorpusCommand.RunAsync(Server.Database, "release", "build", "--data", Server.DataDirectory, "--version", "1.0.0", "--tar");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Errors);
        using var researcher = Server.Client(await Server.CreateTokenAsync("researcher"));

        var list = await researcher.GetFromJsonAsync<JsonElement>("/api/v1/releases");
        var release = list.EnumerateArray().Single(r => r.GetProperty("version").GetString() == "1.0.0");
        Assert.That(release.GetProperty("available").GetBoolean(), Is.True);
        var manifest = await researcher.GetFromJsonAsync<JsonElement>(release.GetProperty("manifestUrl").GetString());
        var files = manifest.GetProperty("files").EnumerateArray().ToList();
        Assert.That(files.Select(f => f.GetProperty("path").GetString()), Does.Contain("text/train.jsonl"));
        foreach (var file in files)
        {
            var response = await researcher.GetAsync($"/api/v1/releases/1.0.0/files/{file.GetProperty("path").GetString()}");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), file.ToString());
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo(file.GetProperty("sha256").GetString()));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo($"\"{file.GetProperty("sha256").GetString()}\""));
        }

        var tar = await researcher.GetByteArrayAsync(release.GetProperty("tarUrl").GetString());
        Assert.That(tar, Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(Server.DataDirectory, "releases", "darija-corpus-1.0.0.tar"))));
    }

    [Test]
    public async Task Download_ResumedWithARange_GetsTheRestOfTheFile()
    {
        await Processing.Pipeline.PostTextAsync(Volunteer, "واخا نتلاقاو غدا فالصباح فهاد القهوة لي حدا المحطة ديال الكيران");
        await WaitUntilProcessedAsync();
        var build = await CorpusCommand.RunAsync(Server.Database, "release", "build", "--data", Server.DataDirectory, "--version", "1.1.0");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Errors);
        using var researcher = Server.Client(await Server.CreateTokenAsync("researcher"));
        var whole = await researcher.GetByteArrayAsync("/api/v1/releases/1.1.0/files/README.md");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/releases/1.1.0/files/README.md");
        request.Headers.Range = new RangeHeaderValue(100, null);
        var partial = await researcher.SendAsync(request);

        Assert.That(partial.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
        Assert.That(await partial.Content.ReadAsByteArrayAsync(), Is.EqualTo(whole[100..]));
    }

    [Test]
    public async Task Files_OutsideTheManifest_OtherRoles_AndUnknownVersions_AreRefused()
    {
        var build = await CorpusCommand.RunAsync(Server.Database, "release", "build", "--data", Server.DataDirectory, "--version", "0.9.0");
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Errors);
        using var researcher = Server.Client(await Server.CreateTokenAsync("researcher"));

        var outside = await researcher.GetAsync("/api/v1/releases/0.9.0/files/..%2F..%2Fcorpus.db");
        await ProblemAssert.IsProblemAsync(outside, HttpStatusCode.NotFound, "path");
        var unknown = await researcher.GetAsync("/api/v1/releases/9.9.9/files/README.md");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound, "version");
        var noTar = await researcher.GetAsync("/api/v1/releases/0.9.0/tar");
        await ProblemAssert.IsProblemAsync(noTar, HttpStatusCode.NotFound, "version");
        Assert.That((await Volunteer.GetAsync("/api/v1/releases")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Server.Client().GetAsync("/api/v1/releases/0.9.0/files/README.md")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ReleaseBuiltElsewhere_IsServedFromTheBlobStore_ByEveryInstanceOnIt()
    {
        await Processing.Pipeline.PostTextAsync(Volunteer, "الجو اليوم سخون بزاف وما قدرتش نخرج من الدار حتى للعشية");
        await WaitUntilProcessedAsync();
        var elsewhere = Corpus.Testing.TestPaths.NewTempDirectory("corpus-release-elsewhere");
        try
        {
            var build = await CorpusCommand.RunAsync(Server.Database, "release", "build", "--data", Server.DataDirectory, "--version", "3.0.0", "--out", elsewhere);
            Assert.That(build.ExitCode, Is.EqualTo(0), build.Errors);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
        using var researcher = Server.Client(await Server.CreateTokenAsync("researcher"));

        var release = (await researcher.GetFromJsonAsync<JsonElement>("/api/v1/releases")).EnumerateArray().Single(r => r.GetProperty("version").GetString() == "3.0.0");
        Assert.That(release.GetProperty("available").GetBoolean(), Is.True, "the built folder is gone, the blob store has it");
        Assert.That(release.GetProperty("tarUrl").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var manifestBytes = await researcher.GetByteArrayAsync(release.GetProperty("manifestUrl").GetString());
        Assert.That(Convert.ToHexStringLower(SHA256.HashData(manifestBytes)), Is.EqualTo(release.GetProperty("manifestSha256").GetString()));
        var manifest = JsonDocument.Parse(manifestBytes).RootElement;
        foreach (var file in manifest.GetProperty("files").EnumerateArray())
        {
            var bytes = await researcher.GetByteArrayAsync($"/api/v1/releases/3.0.0/files/{file.GetProperty("path").GetString()}");
            Assert.That(Convert.ToHexStringLower(SHA256.HashData(bytes)), Is.EqualTo(file.GetProperty("sha256").GetString()), file.ToString());
        }
        await ProblemAssert.IsProblemAsync(await researcher.GetAsync("/api/v1/releases/3.0.0/files/nothing.txt"), HttpStatusCode.NotFound, "path");
    }

    private async Task WaitUntilProcessedAsync()
    {
        await using var db = await Server.Database.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await Dapper.SqlMapper.ExecuteScalarAsync<long>(db, "SELECT COUNT(*) FROM items WHERE state = 'received'") > 0)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("items were not processed in time");
            await Task.Delay(50);
        }
    }
}
