using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Corpus.Core.Ingestion;

/// <summary>
/// Identifiers: items and prompts get time-ordered ULIDs (sortable, so ids follow arrival order);
/// contributors get random ids that reveal nothing about them.
/// </summary>
public sealed class IdGenerator(TimeProvider time)
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public string NewUlid()
    {
        Span<byte> bytes = stackalloc byte[16];
        var ms = time.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(ms & 0xFF);
            ms >>= 8;
        }
        RandomNumberGenerator.Fill(bytes[6..]);
        return Encode(bytes);
    }

    public static string NewRandomId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Encode(bytes);
    }

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        Span<char> chars = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Crockford[(int)(value & 31)];
            value >>= 5;
        }
        return new string(chars);
    }
}
