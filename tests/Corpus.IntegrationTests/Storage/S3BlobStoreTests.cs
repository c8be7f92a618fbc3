using System.Security.Cryptography;
using Amazon.S3;
using Corpus.Core.Storage;

namespace Corpus.IntegrationTests.Storage;

[TestFixture]
public sealed class S3BlobStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task PutAsync_ThenOpenReadAsync_ReturnsTheSameBytesUnderTheirSha256()
    {
        using var bucket = await S3TestBucket.CreateAsync();
        var bytes = RandomBytes(100_000, seed: 1);

        var stored = await bucket.Store.PutAsync(new MemoryStream(bytes), None);

        Assert.That(stored, Is.EqualTo(new BlobRef(Sha256(bytes), bytes.Length)));
        Assert.That(await ReadAllAsync(bucket.Store, stored.Sha256), Is.EqualTo(bytes));
        var head = await bucket.Client.GetObjectMetadataAsync(bucket.Options.Bucket, bucket.KeyOf(stored.Sha256));
        Assert.That(head.ContentLength, Is.EqualTo(bytes.Length));
    }

    [Test]
    public async Task PutAsync_SameBytesTwice_UploadsOnceAndReturnsTheSameReference()
    {
        using var bucket = await S3TestBucket.CreateAsync();
        var bytes = RandomBytes(50_000, seed: 2);

        var first = await bucket.Store.PutAsync(new MemoryStream(bytes), None);
        var second = await bucket.Store.PutAsync(new NonSeekableStream(bytes), None);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(bucket.Client.SingleUploads, Is.EqualTo(1));
        Assert.That(await ListAsync(bucket.Store), Is.EqualTo(new[] { first }));
    }

    [Test]
    public async Task PutAsync_StoredObjectHasTheWrongSize_UploadsAgainAndRepairsIt()
    {
        using var bucket = await S3TestBucket.CreateAsync();
        var bytes = RandomBytes(30_000, seed: 3);
        var stored = await bucket.Store.PutAsync(new MemoryStream(bytes), None);
        await bucket.OverwriteAsync(bucket.KeyOf(stored.Sha256), bytes[..1000]);

        await bucket.Store.PutAsync(new MemoryStream(bytes), None);

        Assert.That(await ReadAllAsync(bucket.Store, stored.Sha256), Is.EqualTo(bytes));
    }

    [Test]
    public async Task PutAsync_StoredObjectHasOtherBytesOfTheSameSize_UploadsAgainAndRepairsIt()
    {
        using var bucket = await S3TestBucket.CreateAsync();
        var bytes = RandomBytes(30_000, seed: 8);
        var stored = await bucket.Store.PutAsync(new MemoryStream(bytes), None);
        var damaged = (byte[])bytes.Clone();
        damaged[123] ^= 0x80;
        await bucket.OverwriteAsync(bucket.KeyOf(stored.Sha256), damaged);

        await bucket.Store.PutAsync(new MemoryStream(bytes), None);

        Assert.That(await ReadAllAsync(bucket.Store, stored.Sha256), Is.EqualTo(bytes));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task PutAsync_20MBOverA5MBThreshold_UploadsInPartsAndRoundTrips(bool seekable)
    {
        const long fiveMb = 5L * 1024 * 1024;
        using var bucket = await S3TestBucket.CreateAsync(multipartThreshold: fiveMb, partSize: fiveMb);
        var bytes = RandomBytes(20 * 1024 * 1024 + 123, seed: 4);

        var stored = await bucket.Store.PutAsync(seekable ? new MemoryStream(bytes) : new NonSeekableStream(bytes), None);

        Assert.That(stored, Is.EqualTo(new BlobRef(Sha256(bytes), bytes.Length)));
        Assert.That(bucket.Client.PartUploads, Is.EqualTo(5));
        Assert.That(bucket.Client.SingleUploads, Is.Zero);
        Assert.That(await ReadAllAsync(bucket.Store, stored.Sha256), Is.EqualTo(bytes));
    }

    [TestCase(65_535, true, 1, 0)]
    [TestCase(65_535, false, 1, 0)]
    [TestCase(65_536, true, 0, 1)]
    [TestCase(65_536, false, 0, 1)]
    [TestCase(300_000, false, 0, 1)]
    public async Task PutAsync_AroundThe64KBThreshold_SendsOneRequestBelowItAndPartsFromIt(
        int length, bool seekable, int singleUploads, int partUploads)
    {
        using var bucket = await S3TestBucket.CreateAsync(multipartThreshold: 65_536, partSize: 5L * 1024 * 1024);
        var bytes = RandomBytes(length, seed: length);

        var stored = await bucket.Store.PutAsync(seekable ? new MemoryStream(bytes) : new NonSeekableStream(bytes), None);

        Assert.That(stored.Size, Is.EqualTo(length));
        Assert.That((bucket.Client.SingleUploads, bucket.Client.PartUploads), Is.EqualTo((singleUploads, partUploads)));
        Assert.That(await ReadAllAsync(bucket.Store, stored.Sha256), Is.EqualTo(bytes));
    }

    [Test]
    public async Task PutAsync_SourceChangesWhileUploadingInParts_ThrowsAndStoresNothing()
    {
        const long fiveMb = 5L * 1024 * 1024;
        using var bucket = await S3TestBucket.CreateAsync(multipartThreshold: fiveMb, partSize: fiveMb);
        var bytes = RandomBytes(12 * 1024 * 1024, seed: 5);
        var expected = Sha256(bytes);

        Assert.ThrowsAsync<BlobIntegrityException>(() => bucket.Store.PutAsync(new ChangesOnSecondReadStream(bytes), None));

        Assert.That(await bucket.Store.ExistsAsync(expected, None), Is.False);
        Assert.That(await ListAsync(bucket.Store), Is.Empty);
    }

    [Test]
    public async Task PutAsync_OnePartFailsToUpload_ThrowsThatErrorAndStoresNothing()
    {
        const long fiveMb = 5L * 1024 * 1024;
        using var bucket = await S3TestBucket.CreateAsync(multipartThreshold: fiveMb, partSize: fiveMb);
        bucket.Client.FailingPartNumber = 1;
        var bytes = RandomBytes(40 * 1024 * 1024, seed: 9);

        var error = Assert.ThrowsAsync<AmazonS3Exception>(() => bucket.Store.PutAsync(new MemoryStream(bytes), None));

        Assert.That(error!.Message, Does.Contain("internal error"));
        Assert.That(await bucket.Store.ExistsAsync(Sha256(bytes), None), Is.False);
    }

    [Test]
    public async Task OpenReadAsync_ObjectDamagedBehindTheStore_ThrowsBlobIntegrityExceptionAtEnd()
    {
        using var bucket = await S3TestBucket.CreateAsync();
        var bytes = RandomBytes(64_000, seed: 6);
        var stored = await bucket.Store.PutAsync(new MemoryStream(bytes), None);
        var damaged = (byte[])bytes.Clone();
        damaged[40_000] ^= 0x01;
        await bucket.OverwriteAsync(bucket.KeyOf(stored.Sha256), damaged);

        var error = Assert.ThrowsAsync<BlobIntegrityException>(() => ReadAllAsync(bucket.Store, stored.Sha256));

        Assert.That(error!.Sha256, Is.EqualTo(stored.Sha256));
    }

    [Test]
    public async Task ListAsync_SeveralBlobsAndAForeignObject_ListsOnlyTheBlobsWithTheirSizes()
    {
        using var bucket = await S3TestBucket.CreateAsync();
        var refs = new List<BlobRef>();
        for (var i = 0; i < 3; i++) refs.Add(await bucket.Store.PutAsync(new MemoryStream(RandomBytes(1000 + i, seed: 10 + i)), None));
        await bucket.OverwriteAsync($"{bucket.Options.KeyPrefix}/notes/readme.txt", [1, 2, 3]);

        var listed = await ListAsync(bucket.Store);

        Assert.That(listed, Is.EquivalentTo(refs));
    }

    [Test]
    public async Task DeleteAsync_StoredBlob_IsGoneAndReadingItThrowsBlobNotFound()
    {
        using var bucket = await S3TestBucket.CreateAsync();
        var stored = await bucket.Store.PutAsync(new MemoryStream(RandomBytes(5000, seed: 7)), None);

        await bucket.Store.DeleteAsync(stored.Sha256, None);

        Assert.That(await bucket.Store.ExistsAsync(stored.Sha256, None), Is.False);
        Assert.ThrowsAsync<BlobNotFoundException>(() => bucket.Store.OpenReadAsync(stored.Sha256, None));
    }

    [Test]
    public async Task OpenReadAsync_BlobNeverStored_ThrowsBlobNotFoundException()
    {
        using var bucket = await S3TestBucket.CreateAsync();
        var missing = Sha256([42]);

        var error = Assert.ThrowsAsync<BlobNotFoundException>(() => bucket.Store.OpenReadAsync(missing, None));

        Assert.That(error!.Sha256, Is.EqualTo(missing));
        Assert.That(await bucket.Store.ExistsAsync(missing, None), Is.False);
    }

    private static async Task<byte[]> ReadAllAsync(IBlobStore store, string sha256)
    {
        await using var stream = await store.OpenReadAsync(sha256, None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task<List<BlobRef>> ListAsync(IBlobStore store)
    {
        var list = new List<BlobRef>();
        await foreach (var blob in store.ListAsync(None)) list.Add(blob);
        return list;
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
