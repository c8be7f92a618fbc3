using System.Net;
using Corpus.IntegrationTests.Hosting;

namespace Corpus.IntegrationTests.Pages;

[TestFixture]
public sealed class PageServingTests : VolunteerFixture
{
    [TestCase("/")]
    [TestCase("/review")]
    public async Task Page_IsServedWithoutAToken_AsHtmlThatOnlyLoadsThisServersScripts(string path)
    {
        using var anonymous = Server.Client();

        var response = await anonymous.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(response.Content.Headers.ContentType?.CharSet, Is.EqualTo("utf-8"));
        Assert.That(string.Join(";", response.Headers.GetValues("Content-Security-Policy")), Does.Contain("default-src 'self'"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("<!doctype html>"));
    }

    [Test]
    public async Task Page_RequestedAgainWithItsETag_IsNotSentAgain()
    {
        using var anonymous = Server.Client();
        var first = await anonymous.GetAsync("/");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await anonymous.SendAsync(again);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task UnknownAsset_IsAProblemNotAPage()
    {
        using var anonymous = Server.Client();

        var response = await anonymous.GetAsync("/assets/nothing-here.js");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "path");
    }

    [Test]
    public async Task Pages_OpenInChromium_WithoutScriptErrors()
    {
        await using var browser = await BrowserSession.StartAsync(Server.Address);
        var page = await browser.NewPageAsync();

        foreach (var path in new[] { "/", "/review" })
        {
            var response = await page.GotoAsync(path);
            Assert.That(response?.Status, Is.EqualTo(200), path);
            Assert.That(await page.TitleAsync(), Does.Contain("Corpus"), path);
        }
        Assert.That(browser.Console.Where(m => m.StartsWith("page error", StringComparison.Ordinal) || m.StartsWith("error", StringComparison.Ordinal)),
            Is.Empty, string.Join("\n", browser.Console));
    }
}
