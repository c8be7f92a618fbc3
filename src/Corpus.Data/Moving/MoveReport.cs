using System.Globalization;

namespace Corpus.Data.Moving;

/// <summary>Prints the verification as a table a person can check at a glance.</summary>
internal static class MoveReport
{
    public static void Write(TextWriter output, MoveVerification verification, string blobStore)
    {
        var width = Math.Max("table".Length, verification.Tables.Max(t => t.Table.Length));
        output.WriteLine($"{"table".PadRight(width)}  {"source",12}  {"target",12}");
        foreach (var table in verification.Tables)
        {
            output.WriteLine($"{table.Table.PadRight(width)}  {N(table.Source),12}  {N(table.Target),12}{(table.Matches ? "" : "  DIFFERS")}");
        }
        var blobsOk = verification.BlobsReferenced - verification.BlobFailures.Count;
        output.WriteLine($"blobs: {N(blobsOk)} of {N(verification.BlobsReferenced)} referenced blobs read back from {blobStore} "
            + $"with a matching SHA-256 ({N(verification.BlobBytesVerified)} bytes)");
        foreach (var failure in verification.BlobFailures) output.WriteLine($"  blob {failure}");
        output.WriteLine(verification.Passed ? "Verified: every count and checksum matches." : "NOT verified: see the differences above.");
    }

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
