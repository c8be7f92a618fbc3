using System.Buffers;
using System.Runtime.Intrinsics;

namespace Corpus.Core.Quality.Duplicates;

/// <summary>Computes MinHash signatures of match keys with 112 fixed permutations (a*x+b) mod 2^61-1.</summary>
public static class MinHasher
{
    private static readonly ulong[] Multipliers = new ulong[MinHashScheme.HashCount];
    private static readonly ulong[] Offsets = new ulong[MinHashScheme.HashCount];

    static MinHasher()
    {
        var state = MinHashScheme.PermutationSeed;
        for (var i = 0; i < MinHashScheme.HashCount; i++)
        {
            Multipliers[i] = 1 + StableHash.Next(ref state) % (MinHashScheme.MersennePrime - 1);
            Offsets[i] = StableHash.Next(ref state) % MinHashScheme.MersennePrime;
        }
    }

    /// <summary>The signature of a match key (see TextNormalizer); equal keys give equal signatures.</summary>
    public static MinHashSignature Compute(ReadOnlySpan<char> matchKey)
    {
        var values = new ulong[MinHashScheme.HashCount];
        Compute(matchKey, values);
        return new MinHashSignature(values);
    }

    internal static void Compute(ReadOnlySpan<char> matchKey, Span<ulong> values)
    {
        var count = Shingler.Shingle(matchKey, out var shingles);
        try
        {
            var x = shingles.AsSpan(0, count);
            var i = 0;
            if (VectorPermutation.IsSupported)
            {
                for (; i + 4 <= values.Length; i += 4)
                {
                    var a = Vector256.Create<ulong>(Multipliers.AsSpan(i, 4));
                    var b = Vector256.Create<ulong>(Offsets.AsSpan(i, 4));
                    VectorPermutation.Minimum(x, a, b).CopyTo(values[i..]);
                }
            }
            for (; i < values.Length; i++)
            {
                values[i] = MinimumPermuted(x, Multipliers[i], Offsets[i]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(shingles);
        }
    }

    private static ulong MinimumPermuted(ReadOnlySpan<ulong> shingles, ulong a, ulong b)
    {
        var minimum = ulong.MaxValue;
        foreach (var x in shingles)
        {
            minimum = Math.Min(minimum, MultiplyAddMod(a, x, b));
        }
        return minimum;
    }

    private static ulong MultiplyAddMod(ulong a, ulong x, ulong b)
    {
        const ulong p = MinHashScheme.MersennePrime;
        var high = Math.BigMul(a, x, out var low);
        var r = (low & p) + ((low >> 61) | (high << 3));
        r = r >= p ? r - p : r;
        r += b;
        return r >= p ? r - p : r;
    }
}
