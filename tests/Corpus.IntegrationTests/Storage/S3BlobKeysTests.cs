using Corpus.Data.Blobs.S3;

namespace Corpus.IntegrationTests.Storage;

[TestFixture]
public sealed class S3BlobKeysTests
{
    private const string Sha = "ab34567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef";

    [Test]
    public void KeyFor_WithPrefix_NestsUnderTwoLevelsOfHashPrefixFolders()
    {
        Assert.That(new S3BlobKeys("corpus/blobs").KeyFor(Sha), Is.EqualTo($"corpus/blobs/ab/34/{Sha}"));
    }

    [Test]
    public void KeyFor_WithoutPrefix_StartsAtTheBucketRoot()
    {
        Assert.That(new S3BlobKeys("").KeyFor(Sha), Is.EqualTo($"ab/34/{Sha}"));
    }

    [TestCase("AB34567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef")]
    [TestCase("ab34")]
    [TestCase("../../etc/passwd")]
    public void KeyFor_NotALowercaseSha256_Throws(string value)
    {
        Assert.Throws<ArgumentException>(() => new S3BlobKeys("p").KeyFor(value));
    }

    [Test]
    public void Sha256Of_KeyItMade_GivesTheHashBack()
    {
        var keys = new S3BlobKeys("p");
        Assert.That(keys.Sha256Of(keys.KeyFor(Sha)), Is.EqualTo(Sha));
    }

    [TestCase("p/notes/readme.txt")]
    [TestCase("other/ab/34/ab34567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef")]
    [TestCase("p/cd/34/ab34567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef")]
    [TestCase("p/ab/34/ab34567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef.tmp")]
    public void Sha256Of_ObjectThatIsNotABlobOfThisStore_IsNull(string key)
    {
        Assert.That(new S3BlobKeys("p").Sha256Of(key), Is.Null);
    }
}
