using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Corpus.Core.Normalization;

/// <summary>
/// Measures, eight code units at a time, how much of a text the character pass copies unchanged:
/// printable ASCII and the Arabic letters U+0621-064A other than tatweel. Most Darija text is
/// nothing else, so the pass mostly copies blocks.
/// </summary>
internal static class PlainRun
{
    public static int Length(ReadOnlySpan<char> text)
    {
        if (!Vector128.IsHardwareAccelerated) return 0;
        ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var asciiFirst = Vector128.Create((ushort)0x20);
        var asciiCount = Vector128.Create((ushort)0x5F);
        var arabicFirst = Vector128.Create((ushort)0x0621);
        var arabicCount = Vector128.Create((ushort)0x2A);
        var tatweel = Vector128.Create((ushort)0x0640);
        var length = 0;
        while (length + Vector128<ushort>.Count <= text.Length)
        {
            var block = Vector128.LoadUnsafe(ref start, (nuint)length);
            var ascii = Vector128.LessThan(block - asciiFirst, asciiCount);
            var arabic = Vector128.LessThan(block - arabicFirst, arabicCount) & ~Vector128.Equals(block, tatweel);
            if ((ascii | arabic) != Vector128<ushort>.AllBitsSet) break;
            length += Vector128<ushort>.Count;
        }
        return length;
    }
}
