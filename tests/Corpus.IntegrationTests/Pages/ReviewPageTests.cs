using System.Text.Json;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Ingestion;
using Corpus.IntegrationTests.Processing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corpus.IntegrationTests.Pages;

/// <summary>
/// The annotators' page in a real Chromium against a real server: each test has its own server, so the batch
/// an annotator claims holds exactly the items the test flagged.
/// </summary>
[TestFixture]
public sealed class ReviewPageTests
{
    private const string French = "Le conseil municipal se réunira lundi prochain pour voter le budget.";
    private TestServer _server = null!;
    private HttpClient _volunteer = null!;
    private string _volunteerId = null!;
    private readonly List<BrowserSession> _browsers = [];

    [SetUp]
    public async Task StartAsync()
    {
        var settings = TestContext.CurrentContext.Test.Properties.Get("ClaimLease") is string lease
            ? new Dictionary<string, string?> { ["Corpus:Review:ClaimLease"] = lease }
            : null;
        _server = await TestServer.StartAsync(settings);
        (_volunteerId, var token) = await _server.NewContributorAsync();
        _volunteer = _server.Client(token);
    }

    [TearDown]
    public async Task StopAsync()
    {
        var errors = _browsers.SelectMany(b => b.Console).Where(m => m.StartsWith("page error", StringComparison.Ordinal)).ToList();
        foreach (var browser in _browsers) await browser.DisposeAsync();
        _browsers.Clear();
        _volunteer.Dispose();
        await _server.DisposeAsync();
        Assert.That(errors, Is.Empty, "the page raised script errors");
    }

    private async Task<ReviewPageDriver> OpenPageAsync()
    {
        var browser = await BrowserSession.StartAsync(_server.Address);
        _browsers.Add(browser);
        return await ReviewPageDriver.OpenAsync(browser);
    }

    private async Task<JsonElement> FlaggedAsync(string id)
    {
        var item = await Pipeline.ProcessedAsync(_volunteer, id);
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("flagged"), item.ToString());
        return item;
    }

    private async Task<ReviewPageDriver> AnnotatorPageAsync()
    {
        var page = await OpenPageAsync();
        await page.LogInAsync(await _server.CreateTokenAsync("annotator"));
        return page;
    }

    private async Task<JsonElement> DecisionsAsync(string id)
    {
        using var admin = _server.Admin();
        return await admin.GetFromJsonAsync<JsonElement>($"/api/v1/review/items/{id}/decisions");
    }

    [Test]
    public async Task LogIn_WithAnAnnotatorToken_ShowsTheFlaggedItemsRawTextAndWhyItWasFlagged_ButNotWhoSentIt()
    {
        var raw = "Le conseil  municipal se réunira\nlundi prochain pour voter le budget.";
        var item = await FlaggedAsync(await Pipeline.PostTextAsync(_volunteer, raw));
        var id = item.GetProperty("id").GetString()!;
        var flag = Pipeline.Flag(item, "not_darija");

        var page = await AnnotatorPageAsync();

        await page.ShowsItemAsync(id);
        Assert.That(await page.RawText.TextContentAsync(), Is.EqualTo(raw), "the raw text exactly, spaces and line break kept");
        await Expect(page.Flags).ToContainTextAsync("not_darija");
        await Expect(page.Flags).ToContainTextAsync(flag.GetProperty("reason").GetString()!);
        await Expect(page.Page.Locator("#language")).ToContainTextAsync("fra");
        Assert.That(await page.Page.ContentAsync(), Does.Not.Contain(_volunteerId));
        await Expect(page.Page.Locator("#queue-summary")).ToContainTextAsync("1 élément attend");
        await Expect(page.Page.Locator("#lease")).ToContainTextAsync("réservés jusqu’à");

        await page.Page.ReloadAsync();
        await page.ShowsItemAsync(id);
        await page.Page.ClickAsync("#logout");
        await Expect(page.Page.Locator("#token")).ToBeFocusedAsync();
        Assert.That(await page.Page.EvaluateAsync<string?>("localStorage.getItem('corpus.review.token')"), Is.Null);
    }

    [Test]
    public async Task TwoAnnotators_ApproveTheSameItemOnThePage_TheItemIsAccepted()
    {
        var id = (await FlaggedAsync(await Pipeline.PostTextAsync(_volunteer, French))).GetProperty("id").GetString()!;
        var first = await AnnotatorPageAsync();
        var second = await AnnotatorPageAsync();
        await first.ShowsItemAsync(id);
        await second.ShowsItemAsync(id);

        await first.Page.ClickAsync("#approve");
        await Expect(first.LastOutcome).ToContainTextAsync("attend d’autres avis (1 pour, 0 contre)");
        await second.Page.ClickAsync("#approve");

        await Expect(second.LastOutcome).ToContainTextAsync("réglé : accepté");
        using var admin = _server.Admin();
        Assert.That((await Pipeline.ProcessedAsync(admin, id)).GetProperty("state").GetString(), Is.EqualTo("accepted"));
        await Expect(second.Page.Locator("#item")).ToBeHiddenAsync();
        await Expect(second.Page.Locator("#claim")).ToBeVisibleAsync();
    }

    [Test]
    public async Task Fix_EditedOnThePage_IsStoredAsTheFixedText()
    {
        var id = (await FlaggedAsync(await Pipeline.PostTextAsync(_volunteer, French))).GetProperty("id").GetString()!;
        var page = await AnnotatorPageAsync();
        await page.ShowsItemAsync(id);

        await page.Page.ClickAsync("#fix");
        var editor = page.Page.Locator("#fix-text");
        await Expect(editor).ToBeFocusedAsync();
        await Expect(editor).ToHaveValueAsync(French);
        const string edited = "المجلس البلدي غادي يتجمع نهار الاثنين الجاي باش يصوت على الميزانية.";
        await editor.FillAsync(edited);
        await page.Page.ClickAsync("#fix-form button[type=submit]");

        await Expect(page.LastOutcome).ToContainTextAsync("corrigé");
        var decision = (await DecisionsAsync(id)).EnumerateArray().Single();
        Assert.That(decision.GetProperty("decision").GetString(), Is.EqualTo("fix"));
        Assert.That(decision.GetProperty("fixedText").GetString(), Is.EqualTo(edited));
    }

    [Test]
    public async Task Reject_WithKeyboardShortcutsOnly_StoresTheChosenReason()
    {
        var id = (await FlaggedAsync(await Pipeline.PostTextAsync(_volunteer, French))).GetProperty("id").GetString()!;
        var page = await OpenPageAsync();
        var keyboard = page.Page.Keyboard;
        await Expect(page.Page.Locator("#token")).ToBeFocusedAsync();
        await keyboard.TypeAsync(await _server.CreateTokenAsync("annotator"));
        await keyboard.PressAsync("Enter");
        await page.ShowsItemAsync(id);

        await keyboard.PressAsync("r");
        await Expect(page.Page.Locator("#reject-form")).ToBeVisibleAsync();
        await keyboard.PressAsync("1");
        await keyboard.PressAsync("Enter");

        await Expect(page.LastOutcome).ToContainTextAsync("rejeté");
        var decision = (await DecisionsAsync(id)).EnumerateArray().Single();
        Assert.That(decision.GetProperty("decision").GetString(), Is.EqualTo("reject"));
        Assert.That(decision.GetProperty("reason").GetString(), Is.EqualTo("wrong_language"));
    }

    [Test]
    public async Task FlaggedRecording_PlaysOnThePage_FromABlobUrl()
    {
        var silence = TestAudio.Wav(new byte[16_000 * 2 * 3], 16_000, 1, 16);
        var id = (await FlaggedAsync(await Pipeline.PostRecordingAsync(_volunteer, silence, "شعل الضو عافاك"))).GetProperty("id").GetString()!;

        var page = await AnnotatorPageAsync();

        await page.ShowsItemAsync(id);
        await Expect(page.RawText).ToHaveTextAsync("شعل الضو عافاك");
        await Expect(page.Flags).ToContainTextAsync("no_speech");
        await Expect(page.Player).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^blob:"));
        await page.WaitUntilAsync("document.getElementById('player').duration > 0");
        Assert.That(await page.Player.EvaluateAsync<double>("a => a.duration"), Is.EqualTo(3.0).Within(0.1));
        await page.Page.Keyboard.PressAsync(" ");
        await page.WaitUntilAsync("!document.getElementById('player').paused");
    }

    [TestCase("crp_not-a-real-token", "n’est pas reconnu")]
    [TestCase(null, "n’est pas un jeton d’annotateur")]
    public async Task LogIn_WithATokenThatCannotReview_SaysWhyAndStaysOnTheLoginForm(string? token, string message)
    {
        var page = await OpenPageAsync();

        await page.LogInAsync(token ?? _volunteer.DefaultRequestHeaders.Authorization!.Parameter!);

        await Expect(page.Problem).ToContainTextAsync(message);
        await Expect(page.Page.Locator("#login")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#work")).ToBeHiddenAsync();
        Assert.That(await page.Page.EvaluateAsync<string?>("localStorage.getItem('corpus.review.token')"), Is.Null);
    }

    [Test, Property("ClaimLease", "00:00:03")]
    public async Task Claim_WhenItsLeaseRunsOut_TheAnnotatorIsToldAndClaimsAgain()
    {
        var id = (await FlaggedAsync(await Pipeline.PostTextAsync(_volunteer, French))).GetProperty("id").GetString()!;
        var page = await AnnotatorPageAsync();
        await page.ShowsItemAsync(id);

        await Expect(page.Problem).ToContainTextAsync("réservation a expiré");
        await Expect(page.Page.Locator("#approve")).ToBeDisabledAsync();
        await page.Page.ClickAsync("#claim");

        await page.ShowsItemAsync(id);
        await Expect(page.Page.Locator("#approve")).ToBeEnabledAsync();
        await Expect(page.Problem).ToBeHiddenAsync();
    }

    [Test]
    public async Task Decide_AfterTheClaimWasLost_SaysTheClaimRanOutAndDropsTheItem()
    {
        var id = (await FlaggedAsync(await Pipeline.PostTextAsync(_volunteer, French))).GetProperty("id").GetString()!;
        var token = await _server.CreateTokenAsync("annotator");
        var page = await OpenPageAsync();
        await page.LogInAsync(token);
        await page.ShowsItemAsync(id);
        using var sameAnnotator = _server.Client(token);
        (await sameAnnotator.DeleteAsync($"/api/v1/review/claims/{id}")).EnsureSuccessStatusCode();

        await page.Page.ClickAsync("#approve");

        await Expect(page.Problem).ToContainTextAsync("réservation de cet élément a expiré");
        await Expect(page.Page.Locator("#item")).ToBeHiddenAsync();
        Assert.That((await DecisionsAsync(id)).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Skip_GivesTheItemBack_SoAnotherAnnotatorCanClaimIt()
    {
        var id = (await FlaggedAsync(await Pipeline.PostTextAsync(_volunteer, French))).GetProperty("id").GetString()!;
        var page = await AnnotatorPageAsync();
        await page.ShowsItemAsync(id);

        await page.Page.Keyboard.PressAsync("s");

        await Expect(page.Page.Locator("#status")).ToContainTextAsync("rendu à la file");
        using var other = _server.Client(await _server.CreateTokenAsync("annotator"));
        var batch = await (await other.PostAsJsonAsync("/api/v1/review/claims", new { count = 10 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(batch.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("item").GetProperty("id").GetString()), Does.Contain(id));
    }
}
