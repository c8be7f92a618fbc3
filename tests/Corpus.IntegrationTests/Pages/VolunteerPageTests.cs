using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Processing;
using Corpus.Testing;
using Dapper;
using Microsoft.Playwright;

namespace Corpus.IntegrationTests.Pages;

[TestFixture]
public sealed class VolunteerPageTests : VolunteerFixture
{
    private BrowserSession? _browser;

    [TearDown]
    public async Task CloseBrowserAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _browser = null;
    }

    private async Task<VolunteerPage> OpenBrowserAsync(string? fakeMicrophone = null)
    {
        _browser = await BrowserSession.StartAsync(Server.Address, fakeMicrophone);
        return new VolunteerPage(await _browser.NewPageAsync(), _browser, Server);
    }

    [Test]
    public async Task SignUp_WithoutConsentThenWithIt_CreatesOneVolunteerWithTheChosenDemographics()
    {
        var page = await OpenBrowserAsync();
        var before = await ContributorIdsAsync();
        await page.OpenAsync();

        await page.Element("join").ClickAsync();

        await page.VisibleAsync("consent-error");
        Assert.That(await page.Element("consent-error").TextContentAsync(), Does.Contain("conditions"));
        Assert.That(await page.Element("consent").GetAttributeAsync("aria-invalid"), Is.EqualTo("true"));
        Assert.That(await ContributorIdsAsync(), Is.EquivalentTo(before), "joining without consent creates nothing");

        await page.Element("consent").CheckAsync();
        await page.Page.Locator("details.demographics summary").ClickAsync();
        await page.Element("age").SelectOptionAsync("thirties");
        await page.Element("gender").SelectOptionAsync("female");
        await page.Element("region").SelectOptionAsync("souss-massa");
        await page.Element("language-ary").CheckAsync();
        await page.Element("language-shi").CheckAsync();
        await page.Element("join").ClickAsync();
        await page.VisibleAsync("contribute");

        var created = (await ContributorIdsAsync()).Except(before).ToList();
        Assert.That(created, Has.Count.EqualTo(1));
        await using var db = await Server.Database.OpenAsync();
        var row = await db.QuerySingleAsync<(string Age, string Gender, string Region, string Languages, string Version)>(
            "SELECT age_bracket, gender, region, languages, consent_version FROM contributors WHERE id = @id", new { id = created[0] });
        Assert.That(row, Is.EqualTo(("thirties", "female", "souss-massa", "ary,shi", "2026-11")));

        await page.Page.ReloadAsync();
        await page.VisibleAsync("contribute");
        Assert.That(await page.Element("signup").IsHiddenAsync(), Is.True, "a returning volunteer goes straight to contributing");
        page.AssertNoScriptErrors();
    }

    [Test]
    public async Task Record_APromptWithTheMicrophone_StoresOneWebmRecordingOfThatPromptLongerThanASecond()
    {
        Requires.Ffmpeg();
        const string prompt = "شعل الضو عافاك، راه الليل طاح";
        var speech = ExternalPrograms.Speech16k(TestPaths.NewTempDirectory("corpus-page-mic"), prompt, voice: "ar");
        using var admin = Server.Admin();
        var added = await admin.PostAsJsonAsync("/api/v1/prompts", new { text = prompt });
        var promptId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ids")[0].GetString()!;
        var page = await OpenBrowserAsync(fakeMicrophone: speech);
        await page.SignUpAsync();
        await page.Page.WaitForFunctionAsync($"() => document.getElementById('prompt-text').textContent === {JsonSerializer.Serialize(prompt)}");

        await page.Element("record-start").ClickAsync();
        await page.VisibleAsync("record-stop");
        await Task.Delay(TimeSpan.FromSeconds(3));
        await page.Element("record-stop").ClickAsync();
        await page.VisibleAsync("record-review");
        await page.Element("record-send").ClickAsync();
        await page.SentAsync(1);

        await page.VisibleAsync("prompt-empty");
        await using var db = await Server.Database.OpenAsync();
        var recordings = (await db.QueryAsync<(string Id, string Format)>(
            "SELECT id, audio_format FROM items WHERE kind = 'recording' AND prompt_id = @promptId", new { promptId })).ToList();
        Assert.That(recordings, Has.Count.EqualTo(1));
        Assert.That(recordings[0].Format, Is.EqualTo("webm"));
        var processed = await Pipeline.ProcessedAsync(admin, recordings[0].Id, TimeSpan.FromSeconds(20));
        Assert.That(processed.GetProperty("text").GetString(), Is.EqualTo(prompt));
        Assert.That(processed.GetProperty("result").GetProperty("durationMs").GetInt64(), Is.GreaterThan(1_000), processed.ToString());
        page.AssertNoScriptErrors();
    }

    [Test]
    public async Task WriteTextAndPost_InArabicScriptAndArabizi_ArriveWithTheExactTextTyped()
    {
        const string arabic = "واش نتا مزيان؟ الجو زوين بزاف اليوم فالرباط";
        const string arabizi = "salam 3afak, ch7al taman dyal had l9ahwa? 2 dial 7lib";
        const string post = "hadchi zwin bzaf wllah 😂 ههههه ma3reftch 3lach";
        const string url = "https://www.tiktok.com/@someone/video/7301";
        var page = await OpenBrowserAsync();
        await page.SignUpAsync();

        await page.WriteTextAsync(arabic);
        await page.WriteTextAsync(arabizi);
        await page.Element("social-platform").SelectOptionAsync("tiktok");
        await page.Element("social-text").FillAsync(post);
        await page.Element("social-url").FillAsync(url);
        await page.Element("social-send").ClickAsync();
        await page.SentAsync(3);

        Assert.That((await page.ItemsWithTextAsync(arabic)).Select(i => i.Kind), Is.EqualTo(new[] { "text" }));
        Assert.That((await page.ItemsWithTextAsync(arabizi)).Select(i => i.Kind), Is.EqualTo(new[] { "text" }));
        var social = await page.ItemsWithTextAsync(post);
        Assert.That(social.Select(i => (i.Kind, i.Platform, i.Url)), Is.EqualTo(new[] { ("social", (string?)"tiktok", (string?)url) }));
        page.AssertNoScriptErrors();
    }

    [Test]
    public async Task MyContributions_ListWhatTheVolunteerSent_WithWhatBecameOfEach()
    {
        const string darija = "الماتش ديال البارح كان زوين بزاف، الجمهور كان مشعل فالملعب";
        const string french = "La réunion du comité de quartier aura lieu jeudi soir à la maison des jeunes.";
        var page = await OpenBrowserAsync();
        await page.SignUpAsync();
        await page.WriteTextAsync(darija);
        await page.WriteTextAsync(french);
        await page.SentAsync(2);
        using var admin = Server.Admin();
        foreach (var item in (await page.ItemsWithTextAsync(darija)).Concat(await page.ItemsWithTextAsync(french)))
            await Processing.Pipeline.ProcessedAsync(admin, item.Id);

        await page.Element("tab-mine").ClickAsync();

        var entries = page.Page.Locator("#mine-list li");
        await entries.Nth(1).WaitForAsync();
        Assert.That(await entries.CountAsync(), Is.EqualTo(2));
        Assert.That(await entries.Nth(0).InnerTextAsync(), Does.Contain("en relecture").And.Contain("La réunion du comité"), "newest first");
        Assert.That(await entries.Nth(1).InnerTextAsync(), Does.Contain("accepté").And.Contain(darija));
        page.AssertNoScriptErrors();
    }

    [Test]
    public async Task WriteText_WhileOffline_WaitsInTheOutboxAndArrivesOnceBackOnline()
    {
        const string text = "ma kaynach lconnexion daba, ghadi nsifto mn b3d";
        var page = await OpenBrowserAsync();
        await page.SignUpAsync();

        await _browser!.Context.SetOfflineAsync(true);
        await page.WriteTextAsync(text);
        await page.VisibleAsync("outbox");
        Assert.That(await page.Element("outbox").GetAttributeAsync("data-count"), Is.EqualTo("1"));
        Assert.That(await page.Element("outbox").TextContentAsync(), Does.Contain("1 envoi en attente"));
        Assert.That(await page.ItemsWithTextAsync(text), Is.Empty);

        await _browser.Context.SetOfflineAsync(false);
        await page.SentAsync(1);
        await page.HiddenAsync("outbox");

        Assert.That(await page.ItemsWithTextAsync(text), Has.Count.EqualTo(1));
        Assert.That(await page.Element("outbox").GetAttributeAsync("data-count"), Is.EqualTo("0"));
        page.AssertNoScriptErrors();
    }

    [Test]
    public async Task WriteText_WhoseAnswerIsLostOnTheWay_IsSentAgainWithTheSameKeyAndStoredOnce()
    {
        const string text = "had lmessage wsel walakin jwab ma wselch";
        var page = await OpenBrowserAsync();
        await page.SignUpAsync();
        var keys = new List<string>();
        await page.Page.RouteAsync("**/api/v1/items/text", async route =>
        {
            keys.Add(route.Request.Headers["idempotency-key"]);
            if (keys.Count == 1)
            {
                await route.FetchAsync(); // the server stores the item and answers...
                await route.AbortAsync("connectionreset"); // ...but the answer never reaches the phone
                return;
            }
            await route.ContinueAsync();
        });

        await page.WriteTextAsync(text);
        await page.SentAsync(1);

        Assert.That(keys, Has.Count.EqualTo(2), "the lost answer made the page send again");
        Assert.That(keys[1], Is.EqualTo(keys[0]));
        Assert.That(await page.ItemsWithTextAsync(text), Has.Count.EqualTo(1));
        page.AssertNoScriptErrors();
    }

    [Test]
    public async Task SocialPost_WithAnUrlTheServerRefuses_ShowsTheReasonBesideTheUrlAndLeavesNothingWaiting()
    {
        const string post = "chof had lvideo 3la l7out f Agadir";
        var page = await OpenBrowserAsync();
        await page.SignUpAsync();
        await page.Element("tab-write").ClickAsync();

        await page.Element("social-text").FillAsync(post);
        await page.Element("social-url").FillAsync("ftp://example.org/video");
        await page.Element("social-send").ClickAsync();

        await page.VisibleAsync("social-url-error");
        Assert.That(await page.Element("social-url-error").TextContentAsync(), Does.Contain("http"));
        Assert.That(await page.Element("social-text").InputValueAsync(), Is.EqualTo(post), "the refused post is given back to fix");
        Assert.That(await page.Element("outbox").IsHiddenAsync(), Is.True);
        Assert.That(await page.ItemsWithTextAsync(post), Is.Empty);
        page.AssertNoScriptErrors();
    }

    [Test]
    public async Task WithdrawConsent_AfterConfirming_WithdrawsTheVolunteersItemsAndReturnsToSignUp()
    {
        const string text = "bghit nkhrej mn had lmachrou3";
        var page = await OpenBrowserAsync();
        await page.SignUpAsync();
        await page.WriteTextAsync(text);
        await page.SentAsync(1);

        await page.Element("tab-mine").ClickAsync();
        await page.Element("withdraw").ClickAsync();
        await page.VisibleAsync("withdraw-confirm");
        Assert.That(await page.Element("withdraw-confirm").TextContentAsync(), Does.Contain("publications suivantes"));
        await page.Element("withdraw-yes").ClickAsync();
        await page.VisibleAsync("signup");

        Assert.That((await page.ItemsWithTextAsync(text)).Select(i => i.State), Is.EqualTo(new[] { "withdrawn" }));
        Assert.That(await page.StoredTokenAsync(), Is.Null, "the page forgot the token");
        Assert.That(await page.Element("status").TextContentAsync(), Does.Contain("1 contribution"));
        await page.Page.ReloadAsync();
        await page.VisibleAsync("signup");
        page.AssertNoScriptErrors();
    }

    private async Task<IReadOnlyList<string>> ContributorIdsAsync()
    {
        await using var db = await Server.Database.OpenAsync();
        return (await db.QueryAsync<string>("SELECT id FROM contributors")).ToList();
    }
}
