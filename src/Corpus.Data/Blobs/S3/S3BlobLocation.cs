using System.Buffers;

namespace Corpus.Data.Blobs.S3;

/// <summary>A bucket and key prefix written as <c>s3://bucket/prefix</c>, as given to <c>--blobs</c>.</summary>
public sealed record S3BlobLocation(string Bucket, string KeyPrefix)
{
    private const string Scheme = "s3://";
    private static readonly SearchValues<char> BucketCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789.-");

    public static bool IsS3(string value) => value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses <c>s3://bucket</c> or <c>s3://bucket/some/prefix</c>; throws with the reason otherwise.</summary>
    public static S3BlobLocation Parse(string value)
    {
        if (!IsS3(value)) throw new FormatException($"'{value}' is not an s3://bucket/prefix location.");
        var rest = value.AsSpan(Scheme.Length);
        var slash = rest.IndexOf('/');
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? ReadOnlySpan<char>.Empty : rest[(slash + 1)..].Trim('/');
        if (bucket.Length is < 3 or > 63 || bucket.ContainsAnyExcept(BucketCharacters)
            || !char.IsAsciiLetterOrDigit(bucket[0]) || !char.IsAsciiLetterOrDigit(bucket[^1]))
        {
            throw new FormatException(
                $"'{bucket}' is not an S3 bucket name (3-63 lowercase letters, digits, dots and hyphens).");
        }
        if (prefix.IndexOf("//") >= 0) throw new FormatException($"The key prefix in '{value}' has an empty folder.");
        return new S3BlobLocation(bucket.ToString(), prefix.ToString());
    }

    public override string ToString() => KeyPrefix.Length == 0 ? $"{Scheme}{Bucket}" : $"{Scheme}{Bucket}/{KeyPrefix}";
}
