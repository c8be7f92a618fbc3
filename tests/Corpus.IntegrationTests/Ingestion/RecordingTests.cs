using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Corpus.Data.Ingestion;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Ingestion;

[TestFixture]
public sealed class RecordingTests : VolunteerFixture
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Corpus:MaxAudioBytes"] = "200000" };

    public static MultipartFormDataContent Form(byte[] audio, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(audio);
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav"); // deliberately generic: the server sniffs the bytes
        form.Add(file, "audio", "clip.bin");
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    [Test]
    public async Task UploadWav_WithTranscript_StoresOriginalBytesAndReadsTheHeader()
    {
        var wav = TestAudio.SineWav(1.0, sampleRate: 44_100, channels: 2);
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(wav, ("transcript", "شعل الضو")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var item = await Volunteer.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
        Assert.That(item.GetProperty("kind").GetString(), Is.EqualTo("recording"));
        Assert.That(item.GetProperty("text").GetString(), Is.EqualTo("شعل الضو"));
        var audio = item.GetProperty("audio");
        Assert.That(audio.GetProperty("format").GetString(), Is.EqualTo("wav"));
        Assert.That(audio.GetProperty("sampleRate").GetInt32(), Is.EqualTo(44_100));
        Assert.That(audio.GetProperty("channels").GetInt32(), Is.EqualTo(2));
        Assert.That(audio.GetProperty("bitsPerSample").GetInt32(), Is.EqualTo(16));
        Assert.That(audio.GetProperty("durationMs").GetInt32(), Is.EqualTo(1000).Within(1));
        Assert.That(audio.GetProperty("size").GetInt64(), Is.EqualTo(wav.Length));

        var original = await Volunteer.GetByteArrayAsync($"/api/v1/items/{id}/audio");
        Assert.That(original, Is.EqualTo(wav));
    }

    [Test]
    public async Task UploadOgg_SentAsAudioWav_IsSniffedFromTheBytes()
    {
        var ogg = "OggS"u8.ToArray().Concat(new byte[] { 0, 2 }).Concat(new byte[200]).ToArray();
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(ogg, ("transcript", "salam")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var item = await Volunteer.GetFromJsonAsync<JsonElement>($"/api/v1/items/{id}");
        Assert.That(item.GetProperty("audio").GetProperty("format").GetString(), Is.EqualTo("ogg"));
    }

    [Test]
    public async Task Upload_RandomBytes_Is415NamingAudio_AndStoresNothing()
    {
        var before = await CountAsync();
        var noise = new byte[5000];
        new Random(7).NextBytes(noise);
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(noise, ("transcript", "salam")));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "audio");
        Assert.That(await CountAsync(), Is.EqualTo(before));
        AssertNoLeftoverUploads();
    }

    [Test]
    public async Task Upload_OverTheSizeLimit_Is413NamingAudio_AndStoresNothing()
    {
        var before = await CountAsync();
        var tooLarge = TestAudio.SineWav(10);
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(tooLarge, ("transcript", "salam")));
        var reason = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "audio");
        Assert.That(reason, Does.Contain("200000"));
        Assert.That(await CountAsync(), Is.EqualTo(before));
        AssertNoLeftoverUploads();
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(tooLarge));
        Assert.That(await Server.Services.GetRequiredService<Corpus.Core.Storage.IBlobStore>().ExistsAsync(sha, CancellationToken.None), Is.False);
    }

    [Test]
    public async Task Upload_WavHeaderWithoutData_Is422NamingAudio()
    {
        var empty = TestAudio.Wav([], 16_000, 1, 16);
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(empty, ("transcript", "salam")));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "audio");
    }

    [Test]
    public async Task Upload_TruncatedWavHeader_Is422NamingAudio()
    {
        var truncated = TestAudio.SineWav(0.5)[..30];
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(truncated, ("transcript", "salam")));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, "audio");
    }

    [Test]
    public async Task Upload_WithoutAudioPart_IsProblemNamingAudio()
    {
        var form = new MultipartFormDataContent { { new StringContent("salam"), "transcript" } };
        await ProblemAssert.IsProblemAsync(await Volunteer.PostAsync("/api/v1/recordings", form), HttpStatusCode.BadRequest, "audio");
    }

    [Test]
    public async Task Upload_WithoutPromptOrTranscript_IsProblemNamingPromptId()
    {
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(TestAudio.SineWav(1)));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "promptId");
    }

    [Test]
    public async Task Upload_UnknownPrompt_IsProblemNamingPromptId()
    {
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(TestAudio.SineWav(1), ("promptId", "01NOSUCHPROMPT")));
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "promptId");
    }

    [Test]
    public async Task Upload_NotMultipart_Is415NamingContentType()
    {
        using var content = new ByteArrayContent(TestAudio.SineWav(1));
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var response = await Volunteer.PostAsync("/api/v1/recordings", content);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [Test]
    public async Task GetAudio_OfAnotherVolunteersRecording_IsNotFound()
    {
        var response = await Volunteer.PostAsync("/api/v1/recordings", Form(TestAudio.SineWav(1), ("transcript", "dyali")));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var other = Server.Client((await Server.NewContributorAsync()).Token);
        Assert.That((await other.GetAsync($"/api/v1/items/{id}/audio")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await other.GetAsync($"/api/v1/items/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        using var annotator = Server.Client(await Server.CreateTokenAsync("annotator"));
        Assert.That((await annotator.GetAsync($"/api/v1/items/{id}/audio")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private Task<long> CountAsync() => Server.Services.GetRequiredService<ItemStore>().CountAsync(CancellationToken.None);

    private void AssertNoLeftoverUploads()
    {
        var uploads = Path.Combine(Server.DataDirectory, "uploads");
        Assert.That(Directory.Exists(uploads) ? Directory.GetFiles(uploads) : [], Is.Empty);
    }
}
