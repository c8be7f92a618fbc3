using Corpus.Data.Blobs.S3;

namespace Corpus.IntegrationTests.Storage;

[TestFixture]
public sealed class S3BlobLocationTests
{
    [TestCase("s3://corpus", "corpus", "")]
    [TestCase("s3://corpus/", "corpus", "")]
    [TestCase("s3://corpus-data/darija/blobs", "corpus-data", "darija/blobs")]
    [TestCase("s3://corpus.data/darija/blobs/", "corpus.data", "darija/blobs")]
    public void Parse_ValidLocation_SplitsBucketAndPrefix(string value, string bucket, string prefix)
    {
        Assert.That(S3BlobLocation.Parse(value), Is.EqualTo(new S3BlobLocation(bucket, prefix)));
    }

    [TestCase("/var/lib/corpus/blobs")]
    [TestCase("s3://")]
    [TestCase("s3://ab")]
    [TestCase("s3://Corpus/blobs")]
    [TestCase("s3://corpus_data")]
    [TestCase("s3://-corpus")]
    [TestCase("s3://corpus/a//b")]
    public void Parse_NotABucketLocation_ThrowsFormatException(string value)
    {
        Assert.Throws<FormatException>(() => S3BlobLocation.Parse(value));
    }

    [Test]
    public void ToString_ParsedLocation_GivesTheCanonicalForm()
    {
        Assert.That(S3BlobLocation.Parse("s3://corpus/darija/").ToString(), Is.EqualTo("s3://corpus/darija"));
    }
}
