using Corpus.IntegrationTests.Hosting;
using Dapper;
using Microsoft.Playwright;

namespace Corpus.IntegrationTests.Pages;

/// <summary>The volunteer page in a real browser, with the steps a volunteer takes and what the server then holds.</summary>
internal sealed class VolunteerPage(IPage page, BrowserSession browser, TestServer server)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public IPage Page => page;

    public ILocator Element(string id) => page.Locator("#" + id);

    public async Task OpenAsync()
    {
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => document.getElementById('loading').hidden", null, Wait());
    }

    public async Task SignUpAsync()
    {
        await OpenAsync();
        await Element("consent").CheckAsync();
        await Element("join").ClickAsync();
        await VisibleAsync("contribute");
    }

    public Task VisibleAsync(string id) => Element(id).WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = (float)Patience.TotalMilliseconds });

    public Task HiddenAsync(string id) => Element(id).WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = (float)Patience.TotalMilliseconds });

    /// <summary>Waits until this many submissions were acknowledged by the server during this visit.</summary>
    public Task SentAsync(int count) =>
        page.WaitForFunctionAsync($"() => document.getElementById('sent-count').textContent === '{count}'", null, Wait());

    public async Task WriteTextAsync(string text)
    {
        await Element("tab-write").ClickAsync();
        await Element("text-input").FillAsync(text);
        await Element("text-send").ClickAsync();
    }

    public async Task<string?> StoredTokenAsync() => await page.EvaluateAsync<string?>("() => localStorage.getItem('corpus.volunteer.token')");

    public async Task<IReadOnlyList<StoredItem>> ItemsWithTextAsync(string text)
    {
        await using var db = await server.Database.OpenAsync();
        return (await db.QueryAsync<StoredItem>(
            "SELECT id AS Id, kind AS Kind, state AS State, raw_text AS RawText, platform AS Platform, url AS Url FROM items WHERE raw_text = @text",
            new { text })).ToList();
    }

    public void AssertNoScriptErrors() =>
        Assert.That(browser.Console.Where(m => m.StartsWith("page error", StringComparison.Ordinal)), Is.Empty, string.Join("\n", browser.Console));

    private static PageWaitForFunctionOptions Wait() => new() { Timeout = (float)Patience.TotalMilliseconds, PollingInterval = 100 };

    internal sealed record StoredItem(string Id, string Kind, string State, string? RawText, string? Platform, string? Url);
}
