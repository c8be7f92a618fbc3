using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Core.Export;

/// <summary>
/// Puts a source group (a speaker or an author) in a split by a hash of the group alone, so every item of
/// a group lands in the same split and the answer never depends on what else is in the release.
/// </summary>
public static class SplitAssigner
{
    public const string Rule = "sha256(\"split\\n\" + source_group) mod 100: 0-79 train, 80-89 dev, 90-99 test; an item keeps the split it had in the parent release";

    public static string SplitOf(string sourceGroup)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("split\n" + sourceGroup), hash);
        var bucket = BinaryPrimitives.ReadUInt64BigEndian(hash) % 100;
        return bucket < 80 ? ReleaseSplits.Train : bucket < 90 ? ReleaseSplits.Dev : ReleaseSplits.Test;
    }
}
