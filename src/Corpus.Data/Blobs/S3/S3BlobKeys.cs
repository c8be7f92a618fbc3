using System.Buffers;

namespace Corpus.Data.Blobs.S3;

/// <summary>Object keys laid out as <c>prefix/ab/cd/&lt;sha256&gt;</c>, as the local folder store lays out files.</summary>
internal sealed class S3BlobKeys(string keyPrefix)
{
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>The listing prefix: every blob key starts with it.</summary>
    public string ListPrefix { get; } = keyPrefix.Length == 0 ? "" : keyPrefix + "/";

    public string KeyFor(string sha256)
    {
        if (!IsSha256(sha256)) throw new ArgumentException($"'{sha256}' is not a lowercase hex SHA-256.", nameof(sha256));
        return $"{ListPrefix}{sha256[..2]}/{sha256[2..4]}/{sha256}";
    }

    /// <summary>The SHA-256 a key stands for, or null for an object that is not a blob of this store.</summary>
    public string? Sha256Of(string key)
    {
        if (!key.StartsWith(ListPrefix, StringComparison.Ordinal)) return null;
        var rest = key.AsSpan(ListPrefix.Length);
        if (rest.Length != 6 + 64 || rest[2] != '/' || rest[5] != '/') return null;
        var sha = rest[6..];
        if (!IsSha256(sha) || !rest[..2].SequenceEqual(sha[..2]) || !rest[3..5].SequenceEqual(sha[2..4])) return null;
        return sha.ToString();
    }

    public static bool IsSha256(ReadOnlySpan<char> value) => value.Length == 64 && !value.ContainsAnyExcept(LowerHex);
}
