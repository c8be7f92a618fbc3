using System.Security.Cryptography;
using System.Text;

namespace Corpus.Data.Auth;

/// <summary>Bearer secrets: 256 random bits, shown once, stored only as their SHA-256.</summary>
public static class TokenSecrets
{
    public const string Prefix = "crp_";

    public static string NewSecret() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
