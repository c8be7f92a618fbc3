using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Corpus.IntegrationTests.Pages;

/// <summary>The review page in a browser, as an annotator uses it: log in, look at the current item, decide.</summary>
public sealed class ReviewPageDriver(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator ItemId => Page.Locator("#item-id");
    public ILocator RawText => Page.Locator("#raw");
    public ILocator Flags => Page.Locator("#flags");
    public ILocator Problem => Page.Locator("#problem");
    public ILocator LastOutcome => Page.Locator("#last-outcome");
    public ILocator Player => Page.Locator("#player");

    public static async Task<ReviewPageDriver> OpenAsync(BrowserSession browser)
    {
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        await page.GotoAsync("/review");
        return new ReviewPageDriver(page);
    }

    public async Task LogInAsync(string token)
    {
        await Page.FillAsync("#token", token);
        await Page.ClickAsync("#login-form button[type=submit]");
    }

    /// <summary>Waits until the page shows the item with this id as the current one.</summary>
    public Task ShowsItemAsync(string id) => Expect(ItemId).ToHaveTextAsync(id);

    /// <summary>
    /// Polls a script expression until it is true. Playwright's WaitForFunction polls with eval, which the page's
    /// CSP rightly forbids; a plain evaluation is allowed.
    /// </summary>
    public async Task WaitUntilAsync(string expression)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await Page.EvaluateAsync<bool>(expression))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"still not true after 10 s: {expression}");
            await Task.Delay(50);
        }
    }
}
