namespace Corpus.Data.Blobs.S3;

/// <summary>Compares what the server says it received with what was sent.</summary>
internal static class S3WriteCheck
{
    /// <summary>
    /// A plain upload's ETag is the MD5 of the bytes the server stored. Servers that encrypt with KMS return
    /// another kind of ETag; for them the Content-MD5 header sent with the upload is the check.
    /// </summary>
    public static void EnsureETagMatches(string? etag, ReadOnlySpan<byte> sentMd5, string what)
    {
        var value = (etag ?? "").Trim('"');
        Span<byte> received = stackalloc byte[16];
        if (value.Length != 32 || Convert.FromHexString(value, received, out _, out _) != System.Buffers.OperationStatus.Done)
            return;
        if (!received.SequenceEqual(sentMd5))
            throw new IOException(
                $"The S3 server stored {what} with MD5 {value}, but {Convert.ToHexStringLower(sentMd5)} was sent.");
    }
}
