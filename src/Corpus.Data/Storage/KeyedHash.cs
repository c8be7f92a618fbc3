using System.Security.Cryptography;
using System.Text;

namespace Corpus.Data.Storage;

/// <summary>HMAC-SHA256 of a value under the instance secret, separated by purpose, as lowercase hex.</summary>
public static class KeyedHash
{
    public static string Compute(byte[] secret, string purpose, string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(purpose + "\n" + value)));
}
