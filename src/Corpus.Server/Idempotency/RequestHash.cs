using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Corpus.Server.Idempotency;

/// <summary>A stable fingerprint of what a request asked for, to catch a key reused for a different request.</summary>
internal static class RequestHash
{
    public static string Of(string route, object? body)
    {
        var bytes = Encoding.UTF8.GetBytes(route + "\n" + JsonSerializer.Serialize(body));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static string OfParts(string route, params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route + "\n" + string.Join("\n", parts.Select(p => p ?? "\0")))));
}
