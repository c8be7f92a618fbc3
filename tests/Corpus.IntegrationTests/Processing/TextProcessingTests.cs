using System.Text.Json;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Processing;

[TestFixture]
public sealed class TextProcessingTests : VolunteerFixture
{
    [TestCase("واش نتا بخير؟ راه بزاف ديال الناس غادي يجيو للعرس ديال خويا فهاد السيمانة", "ary-Arab")]
    [TestCase("wach nta bikhir? rah bzaf dyal nass ghadi yjiw l3ers dyal khoya f had simana", "ary-Latn")]
    public async Task Darija_InEitherScript_IsAcceptedWithItsLanguage(string text, string language)
    {
        var item = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostTextAsync(Volunteer, text));
        var result = item.GetProperty("result");
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("accepted"), result.ToString());
        Assert.That(result.GetProperty("language").GetString(), Is.EqualTo(language));
        Assert.That(result.GetProperty("score").GetDouble(), Is.GreaterThan(0.8));
        Assert.That(result.GetProperty("display").GetString(), Is.Not.Empty);
        Assert.That(result.GetProperty("matchKey").GetString(), Is.Not.Empty);
        Assert.That(result.GetProperty("scorerVersion").GetString(), Is.Not.Empty);
        Assert.That(item.GetProperty("text").GetString(), Is.EqualTo(text), "the raw form stays as sent");
    }

    [TestCase("أعلنت وزارة التربية الوطنية عن موعد انطلاق الموسم الدراسي الجديد في جميع المؤسسات التعليمية")]
    [TestCase("Le gouvernement a annoncé de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.")]
    [TestCase("The weather in the mountains was cold, so we stayed inside and read books all afternoon.")]
    public async Task NotDarija_IsFlaggedWithTheReason(string text)
    {
        var item = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostTextAsync(Volunteer, text));
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("flagged"));
        Assert.That(Pipeline.FlagNames(item), Does.Contain("not_darija"));
        Assert.That(Pipeline.Flag(item, "not_darija").GetProperty("reason").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task ExactReupload_AndNearCopy_AreFlaggedAsDuplicatesOfTheFirst()
    {
        const string original = "الله يرحم الوالدين ديال كل واحد عاون الناس فهاد الزلزال، راه المغاربة ديما يد وحدة";
        var first = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostTextAsync(Volunteer, original));
        var firstId = first.GetProperty("id").GetString();
        Assert.That(first.GetProperty("state").GetString(), Is.EqualTo("accepted"), first.GetProperty("result").ToString());

        var again = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostTextAsync(Volunteer, original));
        Assert.That(Pipeline.FlagNames(again), Does.Contain("exact_duplicate"));
        Assert.That(again.GetProperty("result").GetProperty("duplicateOf").GetString(), Is.EqualTo(firstId));

        // Different elongation and a different alef spelling (أيد for يد).
        const string nearCopy = "الله يرحم الوالدين ديال كل واحد عاون الناس فهاد الزلزااااال، راه المغاربة ديما أيد وحدة";
        var near = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostTextAsync(Volunteer, nearCopy));
        Assert.That(near.GetProperty("state").GetString(), Is.EqualTo("flagged"));
        Assert.That(Pipeline.FlagNames(near), Does.Contain("near_duplicate"));
        Assert.That(near.GetProperty("result").GetProperty("duplicateOf").GetString(), Is.EqualTo(firstId));

        const string wordsChanged = "الله يرحم والدين ديال كل واحد عاون الناس فهاد الزلزال، راه المغاربة ديما يد وحدة";
        var changed = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostTextAsync(Volunteer, wordsChanged));
        Assert.That(Pipeline.FlagNames(changed), Does.Contain("near_duplicate"));
        Assert.That(changed.GetProperty("result").GetProperty("duplicateOf").GetString(), Is.EqualTo(firstId));
    }

    [Test]
    public async Task CopiesInsideOneImport_AreFlaggedAsDuplicatesOfTheFirstLine()
    {
        const string line = "شفت الماتش البارح؟ الفريق الوطني لعب مزيان بزاف والجمهور كان واعر";
        using var importer = Server.Client(await Server.CreateTokenAsync("importer"));
        var body = string.Join("\n", Enumerable.Repeat($"{{\"text\":\"{line}\"}}", 3)) + "\n";
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-ndjson");
        (await importer.PostAsync("/api/v1/items/bulk", content)).EnsureSuccessStatusCode();

        await using var db = await Server.Database.OpenAsync();
        var ids = (await Dapper.SqlMapper.QueryAsync<string>(db, "SELECT id FROM items WHERE raw_text = @Line ORDER BY id", new { Line = line })).ToList();
        Assert.That(ids, Has.Count.EqualTo(3));
        using var admin = Server.Admin();
        var first = await Pipeline.ProcessedAsync(admin, ids[0]);
        Assert.That(first.GetProperty("state").GetString(), Is.EqualTo("accepted"), first.GetProperty("result").ToString());
        foreach (var copy in ids.Skip(1))
        {
            var item = await Pipeline.ProcessedAsync(admin, copy);
            Assert.That(Pipeline.FlagNames(item), Does.Contain("exact_duplicate"));
            Assert.That(item.GetProperty("result").GetProperty("duplicateOf").GetString(), Is.EqualTo(ids[0]));
        }
    }

    [Test]
    public async Task PostOfOnlyAUrlAndEmoji_IsRejected()
    {
        var item = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostSocialAsync(Volunteer, "https://bit.ly/3xYz 😂😂🔥"));
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("rejected"));
        Assert.That(item.GetProperty("result").GetProperty("score").GetDouble(), Is.EqualTo(0));
    }

    [Test]
    public async Task PhoneNumber_FlagsPii()
    {
        var item = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostSocialAsync(Volunteer, "li bgha lkhedma y3ayet l 06 12 34 56 78 wla ysift message, rah kayna bzaf dyal lkhedma"));
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("flagged"));
        Assert.That(Pipeline.FlagNames(item), Does.Contain("pii"));
        Assert.That(item.GetProperty("result").GetProperty("display").GetString(), Does.Contain("<PHONE>"));
    }

    [Test]
    public async Task EmailAndCinInAPlainText_AreRedactedInTheDisplayForm_AndFlagPii()
    {
        const string text = "ila bghiti tsiftli chi haja ktebli f ahmed.benali@gmail.com, ra la carte dyali BK123456 m3aya";
        var item = await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostTextAsync(Volunteer, text));
        var display = item.GetProperty("result").GetProperty("display").GetString();
        Assert.That(Pipeline.FlagNames(item), Does.Contain("pii"));
        Assert.That(display, Does.Contain("<EMAIL>").And.Contain("<ID>").And.Not.Contain("benali"));
        Assert.That(item.GetProperty("text").GetString(), Is.EqualTo(text), "the raw form is kept as sent");
    }

    [Test]
    public async Task Stats_CountStatesLanguagesAndFlags()
    {
        await Pipeline.ProcessedAsync(Volunteer, await Pipeline.PostTextAsync(Volunteer, "The committee approved the budget for next year after a long debate."));
        using var admin = Server.Admin();
        var stats = await admin.GetFromJsonAsync<JsonElement>("/api/v1/stats");
        Assert.That(stats.GetProperty("itemsByKind").GetProperty("text").GetInt64(), Is.GreaterThan(0));
        Assert.That(stats.GetProperty("languages").GetProperty("eng").GetInt64(), Is.GreaterThan(0));
        Assert.That(stats.GetProperty("flags").GetProperty("not_darija").GetInt64(), Is.GreaterThan(0));
    }
}
