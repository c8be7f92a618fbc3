using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Corpus.Core.Quality.Duplicates;

/// <summary>
/// Four MinHash permutations at once with AVX2: (a*x+b) mod 2^61-1 built from 32x32-bit products,
/// since AVX2 has no 64x64-bit multiply. Gives exactly the scalar result.
/// </summary>
internal static class VectorPermutation
{
    public static bool IsSupported => Avx2.IsSupported;

    /// <summary>Minimum over the shingles of the permutations at a[0..4], b[0..4].</summary>
    public static Vector256<ulong> Minimum(ReadOnlySpan<ulong> shingles, Vector256<ulong> a, Vector256<ulong> b)
    {
        var aHigh = Vector256.ShiftRightLogical(a, 32);
        var minimum = Vector256.Create(long.MaxValue);
        foreach (var x in shingles)
        {
            var permuted = MultiplyAddMod(a, aHigh, Vector256.Create(x), Vector256.Create(x >> 32), b);
            minimum = Vector256.Min(minimum, permuted.AsInt64());
        }
        return minimum.AsUInt64();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> MultiplyAddMod(
        Vector256<ulong> a, Vector256<ulong> aHigh, Vector256<ulong> x, Vector256<ulong> xHigh, Vector256<ulong> b)
    {
        var p = Vector256.Create(MinHashScheme.MersennePrime);
        var low29 = Vector256.Create((1UL << 29) - 1);
        // a = aH*2^32 + aL, x = xH*2^32 + xL with aH, xH < 2^29; 2^61 = 1 (mod p), so 2^64 = 8.
        var highProduct = Avx2.Multiply(aHigh.AsUInt32(), xHigh.AsUInt32());
        var middle = Avx2.Multiply(aHigh.AsUInt32(), x.AsUInt32()) + Avx2.Multiply(a.AsUInt32(), xHigh.AsUInt32());
        var lowProduct = Avx2.Multiply(a.AsUInt32(), x.AsUInt32());
        var sum = Vector256.ShiftLeft(highProduct, 3)
            + Vector256.ShiftRightLogical(middle, 29) + Vector256.ShiftLeft(middle & low29, 32)
            + Vector256.ShiftRightLogical(lowProduct, 61) + (lowProduct & p);
        var r = Reduce((sum & p) + Vector256.ShiftRightLogical(sum, 61), p);
        return Reduce(r + b, p);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Reduce(Vector256<ulong> value, Vector256<ulong> p)
    {
        var atLeastP = Vector256.GreaterThanOrEqual(value.AsInt64(), p.AsInt64()).AsUInt64();
        return value - (p & atLeastP);
    }
}
