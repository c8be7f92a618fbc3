using System.Net;
using System.Text.Json;

namespace Corpus.IntegrationTests.Hosting;

/// <summary>Checks that a response is an RFC 7807 problem naming a field.</summary>
public static class ProblemAssert
{
    public static async Task<string> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), body);
        using var document = JsonDocument.Parse(body);
        Assert.That(document.RootElement.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(document.RootElement.TryGetProperty("errors", out var errors), Is.True, body);
        Assert.That(errors.TryGetProperty(field, out var reasons), Is.True, $"no error for field '{field}' in {body}");
        var reason = reasons[0].GetString()!;
        Assert.That(reason, Is.Not.Empty);
        return reason;
    }
}
