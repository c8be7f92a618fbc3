using System.Numerics;
using System.Runtime.Intrinsics;
using Corpus.Core.Quality.Duplicates;

namespace Corpus.Core.Tests.Quality.Duplicates;

[TestFixture]
public sealed class VectorPermutationTests
{
    private const ulong Prime = (1UL << 61) - 1;

    [Test]
    public void Minimum_RandomPermutations_EqualsExactArithmetic()
    {
        if (!VectorPermutation.IsSupported) Assert.Ignore("AVX2 is not available on this processor.");
        var random = new Random(3);
        var shingles = Enumerable.Range(0, 50).Select(_ => (ulong)random.NextInt64() % Prime).Append(Prime - 1).Append(0UL).ToArray();
        for (var trial = 0; trial < 50; trial++)
        {
            var a = Vector256.Create(Draw(random, 1), Draw(random, 1), Draw(random, 1), Prime - 1);
            var b = Vector256.Create(Draw(random, 0), Draw(random, 0), Prime - 1, Draw(random, 0));

            var minimum = VectorPermutation.Minimum(shingles, a, b);

            for (var lane = 0; lane < 4; lane++)
            {
                var expected = shingles.Min(x => (ulong)((new BigInteger(a[lane]) * x + b[lane]) % Prime));
                Assert.That(minimum[lane], Is.EqualTo(expected));
            }
        }
    }

    private static ulong Draw(Random random, ulong min) => min + (ulong)random.NextInt64() % (Prime - min);
}
