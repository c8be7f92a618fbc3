using System.Security.Cryptography;
using System.Text;

namespace Corpus.Core.Quality;

/// <summary>The exact-duplicate key of a text: SHA-256 of its match key, so re-uploads with other spelling noise collide.</summary>
public static class ExactDuplicateKey
{
    public static string Compute(string matchKey)
    {
        ArgumentNullException.ThrowIfNull(matchKey);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(matchKey.Trim()), hash);
        return Convert.ToHexStringLower(hash);
    }
}
