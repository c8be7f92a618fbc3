using Corpus.Testing;
using Microsoft.Playwright;

namespace Corpus.IntegrationTests.Pages;

/// <summary>
/// A real Chromium (the Debian package, never a downloaded browser) driven by Playwright against a test server.
/// With <c>fakeMicrophone</c> the page's microphone plays that WAV file, so a test records through the page.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
    }

    public IBrowserContext Context { get; }

    /// <summary>Messages the pages wrote to the console, and script errors, for failure messages.</summary>
    public List<string> Console { get; } = [];

    public static async Task<BrowserSession> StartAsync(Uri baseAddress, string? fakeMicrophone = null)
    {
        var chromium = Requires.Chromium();
        var arguments = new List<string> { "--no-sandbox", "--disable-dev-shm-usage", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream" };
        if (fakeMicrophone is not null) arguments.Add("--use-file-for-fake-audio-capture=" + fakeMicrophone);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = arguments });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Permissions = ["microphone"],
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var session = new BrowserSession(playwright, browser, context);
        context.Page += (_, page) =>
        {
            page.Console += (_, message) => session.Console.Add($"{message.Type}: {message.Text}");
            page.PageError += (_, error) => session.Console.Add("page error: " + error);
        };
        return session;
    }

    public Task<IPage> NewPageAsync() => Context.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
