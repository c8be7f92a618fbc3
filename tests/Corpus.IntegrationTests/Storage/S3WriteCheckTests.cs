using System.Security.Cryptography;
using Corpus.Data.Blobs.S3;

namespace Corpus.IntegrationTests.Storage;

[TestFixture]
public sealed class S3WriteCheckTests
{
    private static readonly byte[] Md5 = MD5.HashData("corpus"u8);

    [Test]
    public void IsOtherMd5_QuotedETagOfTheSameBytes_IsFalse()
    {
        Assert.That(S3WriteCheck.IsOtherMd5($"\"{Convert.ToHexStringLower(Md5)}\"", Md5), Is.False);
    }

    [Test]
    public void IsOtherMd5_ETagOfOtherBytes_IsTrue()
    {
        var other = Convert.ToHexStringLower(MD5.HashData("corpvs"u8));
        Assert.That(S3WriteCheck.IsOtherMd5($"\"{other}\"", Md5), Is.True);
        Assert.Throws<IOException>(() => S3WriteCheck.EnsureETagMatches(other, Md5, "a part"));
    }

    [TestCase("\"9b2cf535f27731c974343645a3985328-4\"")]
    [TestCase("\"kms-encrypted-opaque-etag\"")]
    [TestCase(null)]
    public void IsOtherMd5_ETagThatIsNotAPlainMd5_IsFalse(string? etag)
    {
        Assert.That(S3WriteCheck.IsOtherMd5(etag, Md5), Is.False);
    }
}
