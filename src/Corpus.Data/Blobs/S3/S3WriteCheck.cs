using System.Buffers;

namespace Corpus.Data.Blobs.S3;

/// <summary>
/// Compares what the server says it stored with what was sent. A plain upload's ETag is the MD5 of the bytes the
/// server stored; servers that encrypt with KMS return another kind of ETag, and for them the Content-MD5 header
/// sent with every upload is the check.
/// </summary>
internal static class S3WriteCheck
{
    /// <summary>True only when the ETag is a plain MD5 and it is not this one.</summary>
    public static bool IsOtherMd5(string? etag, ReadOnlySpan<byte> md5)
    {
        var value = (etag ?? "").AsSpan().Trim('"');
        Span<byte> stored = stackalloc byte[16];
        if (value.Length != 32 || Convert.FromHexString(value, stored, out _, out _) != OperationStatus.Done) return false;
        return !stored.SequenceEqual(md5);
    }

    public static IOException Mismatch(string what, string? etag, ReadOnlySpan<byte> sentMd5) =>
        new($"The S3 server stored {what} with ETag {etag}, but bytes with MD5 {Convert.ToHexStringLower(sentMd5)} were sent.");

    public static void EnsureETagMatches(string? etag, ReadOnlySpan<byte> sentMd5, string what)
    {
        if (IsOtherMd5(etag, sentMd5)) throw Mismatch(what, etag, sentMd5);
    }
}
