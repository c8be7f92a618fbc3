using System.Text;

namespace Corpus.Core.Export.Formats;

/// <summary>Text files of a release: UTF-8 without a byte order mark, "\n" line endings.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A writer that leaves <paramref name="output"/> open for the caller to close.</summary>
    public static StreamWriter CreateWriter(Stream output) =>
        new(output, WithoutBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
}
