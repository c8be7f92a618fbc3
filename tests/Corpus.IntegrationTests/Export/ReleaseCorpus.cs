using System.Net.Http.Json;
using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Ingestion;
using Corpus.IntegrationTests.Processing;
using Corpus.Testing;

namespace Corpus.IntegrationTests.Export;

/// <summary>
/// A server filled through the API by three volunteers with demographics (texts and prompted recordings),
/// an importer's social posts, and items the scorer rejects; every item processed before the tests run.
/// </summary>
internal sealed class ReleaseCorpus
{
    public const string Prompt = "شعل الضو عافاك";

    private static readonly string[] DarijaTexts =
    [
        "wach nta bikhir a sahbi? rah bzaf dyal nass ghadi yjiw lyoum l dar",
        "علاش ما جيتيش البارح للعرس؟ كانت الحفلة زوينة بزاف والماكلة بنينة",
        "daba ghadi nmchi l souk nchri chi khodra w nrje3 bach nwjed l ghda",
        "واخا نتلاقاو غدا فالصباح فهاد القهوة لي حدا المحطة ديال الكيران",
        "ch7al dyal lflous khassni bach nkri chi dar zwina f casa wakha sghira",
        "الجو اليوم سخون بزاف وما قدرتش نخرج من الدار حتى للعشية",
        "3afak 3tini dak lktab li 3la tabla, bghit nqrah had lwiken",
        "راه الماتش ديال الوداد والرجاء غادي يكون نهار السبت فالليل",
        "kayn chi wa7ed 3arf fin kayn tbib dyal snan mzyan f rbat?",
    ];

    private ReleaseCorpus(TestServer server, IReadOnlyList<Volunteer> volunteers, IReadOnlyDictionary<string, string> states)
    {
        Server = server;
        Volunteers = volunteers;
        States = states;
    }

    public TestServer Server { get; }

    public IReadOnlyList<Volunteer> Volunteers { get; }

    /// <summary>Every item's state after processing, by id.</summary>
    public IReadOnlyDictionary<string, string> States { get; }

    public IEnumerable<string> Accepted => States.Where(s => s.Value == "accepted").Select(s => s.Key);

    public sealed record Volunteer(string Id, string Token, string Region, string Gender, List<string> Items);

    public static async Task<ReleaseCorpus> CreateAsync()
    {
        Requires.EspeakNg();
        var server = await TestServer.StartAsync();
        var work = TestPaths.NewTempDirectory("corpus-release-audio");
        try
        {
            var volunteers = new List<Volunteer>
            {
                await SignUpAsync(server, "casablanca-settat", "female", "twenties"),
                await SignUpAsync(server, "fes-meknes", "male", "thirties"),
                await SignUpAsync(server, "souss-massa", "female", "forties"),
            };
            var ids = new List<string>();
            for (var i = 0; i < DarijaTexts.Length; i++)
            {
                var volunteer = volunteers[i % volunteers.Count];
                using var client = server.Client(volunteer.Token);
                var id = await Pipeline.PostTextAsync(client, DarijaTexts[i]);
                volunteer.Items.Add(id);
                ids.Add(id);
            }
            // Each volunteer reads the prompt twice at their own pace, so no two uploads are the same bytes.
            for (var v = 0; v < volunteers.Count; v++)
            {
                var volunteer = volunteers[v];
                using var client = server.Client(volunteer.Token);
                foreach (var wordsPerMinute in new[] { 95 + 10 * v, 125 + 10 * v })
                {
                    var audio = await File.ReadAllBytesAsync(ExternalPrograms.Speech16k(work, Prompt, voice: "ar", wordsPerMinute: wordsPerMinute));
                    var id = await Pipeline.PostRecordingAsync(client, audio, Prompt);
                    volunteer.Items.Add(id);
                    ids.Add(id);
                }
            }
            using (var importer = server.Client(await server.CreateTokenAsync("importer")))
            {
                var posts = new[]
                {
                    ("x", "@hamid", "هاد الفيلم زوين بزاف، خاصكم تشوفوه كاملين ههههه"),
                    ("facebook", "@salma", "fin ghadi tmchiw had sif? ana bghit nmchi l chefchaouen"),
                    ("x", "@hamid", "الله يرحم الوالدين ديال كل واحد عاونني اليوم فالطريق"),
                    ("x", "@bot", "https://t.co/abc 😂😂"),
                };
                foreach (var (platform, handle, text) in posts)
                {
                    var response = await importer.PostAsJsonAsync("/api/v1/items/social", new { platform, text, authorHandle = handle });
                    response.EnsureSuccessStatusCode();
                    ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
                }
            }
            using var admin = server.Admin();
            var states = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in ids) states[id] = (await Pipeline.ProcessedAsync(admin, id)).GetProperty("state").GetString()!;
            return new ReleaseCorpus(server, volunteers, states);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<Volunteer> SignUpAsync(TestServer server, string region, string gender, string ageBracket)
    {
        using var client = server.Client();
        var response = await client.PostAsJsonAsync("/api/v1/contributors",
            new { consent = true, consentVersion = "2026-11", region, gender, ageBracket, languages = new[] { "ary" } });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Volunteer(body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!, region, gender, []);
    }

}
