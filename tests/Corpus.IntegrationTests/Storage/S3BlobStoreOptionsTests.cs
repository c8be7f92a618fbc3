using Corpus.Data.Blobs.S3;

namespace Corpus.IntegrationTests.Storage;

[TestFixture]
public sealed class S3BlobStoreOptionsTests
{
    [Test]
    public void Validate_Defaults_Pass()
    {
        Assert.DoesNotThrow(() => new S3BlobStoreOptions { Bucket = "corpus" }.Validate());
    }

    [Test]
    public void Validate_PartSmallerThanS3Allows_Throws()
    {
        var options = new S3BlobStoreOptions { Bucket = "corpus", PartSize = 1024 * 1024 };
        Assert.That(() => options.Validate(), Throws.ArgumentException.With.Message.Contains("5 MiB"));
    }

    [Test]
    public void Validate_AccessKeyWithoutSecret_Throws()
    {
        var options = new S3BlobStoreOptions { Bucket = "corpus", AccessKey = "key" };
        Assert.That(() => options.Validate(), Throws.ArgumentException);
    }

    [TestCase("/corpus")]
    [TestCase("corpus/")]
    public void Validate_PrefixWithOuterSlash_Throws(string prefix)
    {
        var options = new S3BlobStoreOptions { Bucket = "corpus", KeyPrefix = prefix };
        Assert.That(() => options.Validate(), Throws.ArgumentException);
    }

    [Test]
    public void PartSizeFor_BlobNeedingMoreThanTenThousandParts_GrowsTheParts()
    {
        const long partSize = 16L * 1024 * 1024;
        var huge = partSize * 10_000 * 3;
        var grown = S3MultipartUpload.PartSizeFor(huge, partSize);
        Assert.That(grown, Is.EqualTo(partSize * 3));
        Assert.That(S3MultipartUpload.PartSizeFor(100L * 1024 * 1024, partSize), Is.EqualTo(partSize));
    }
}
