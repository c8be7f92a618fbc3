using System.Formats.Tar;
using System.Text.Json;
using Corpus.Core.Export;

namespace Corpus.Core.Tests.Export;

[TestFixture]
public sealed class ReleaseVerifierTests
{
    private string _root = null!;
    private string _release = null!;

    [SetUp]
    public async Task WriteReleaseAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), "corpus-verify-" + Guid.NewGuid().ToString("N"));
        _release = Path.Combine(_root, "darija-corpus-1.0.0");
        Directory.CreateDirectory(Path.Combine(_release, "text"));
        await File.WriteAllTextAsync(Path.Combine(_release, "README.md"), "# card\n");
        await File.WriteAllTextAsync(Path.Combine(_release, "text", "train.jsonl"), "{\"id\":\"a\",\"text\":\"واخا\"}\n");
        var files = new List<ReleaseFile>();
        foreach (var path in new[] { "README.md", "text/train.jsonl" })
        {
            var (sha256, size) = await ReleaseChecksums.HashFileAsync(Path.Combine(_release, path), CancellationToken.None);
            files.Add(new ReleaseFile(path, sha256, size));
        }
        var counts = new SplitCounts(1, 0, 0, 0, 1);
        var manifest = new ReleaseManifest
        {
            Name = "darija-corpus-1.0.0",
            Version = "1.0.0",
            CutOff = "2026-11-24T00:00:00Z",
            Splits = new Dictionary<string, SplitCounts> { ["train"] = counts },
            Totals = counts,
            PipelineVersions = ["p1"],
            Filters = new ReleaseFilters(["accepted"], true, ["text"], SplitAssigner.Rule),
            Files = files,
        };
        await File.WriteAllTextAsync(Path.Combine(_release, "manifest.json"), JsonSerializer.Serialize(manifest, ReleaseJson.Options));
    }

    [TearDown]
    public void Remove() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task VerifyAsync_IntactDirectory_IsIntactAndCountsEveryFile()
    {
        var result = await ReleaseVerifier.VerifyAsync(_release, CancellationToken.None);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Version, Is.EqualTo("1.0.0"));
        Assert.That(result.FilesChecked, Is.EqualTo(2));
    }

    [Test]
    public async Task VerifyAsync_SameLengthEdit_IsFoundByTheChecksum()
    {
        await File.WriteAllTextAsync(Path.Combine(_release, "README.md"), "# cart\n");

        var result = await ReleaseVerifier.VerifyAsync(_release, CancellationToken.None);

        Assert.That(result.Problems, Has.One.StartsWith("README.md: sha256"));
    }

    [Test]
    public async Task VerifyAsync_MissingManifestOrNoSuchPath_SaysSo()
    {
        File.Delete(Path.Combine(_release, "manifest.json"));
        Assert.That((await ReleaseVerifier.VerifyAsync(_release, CancellationToken.None)).Problems, Has.One.Contains("manifest.json is missing"));
        Assert.That((await ReleaseVerifier.VerifyAsync(Path.Combine(_root, "nothing"), CancellationToken.None)).Intact, Is.False);
    }

    [Test]
    public async Task VerifyAsync_ManifestPathLeavingTheRelease_IsAProblemNotARead()
    {
        var manifestPath = Path.Combine(_release, "manifest.json");
        var text = (await File.ReadAllTextAsync(manifestPath)).Replace("\"README.md\"", "\"../outside.txt\"");
        await File.WriteAllTextAsync(manifestPath, text);

        var result = await ReleaseVerifier.VerifyAsync(_release, CancellationToken.None);

        Assert.That(result.Problems, Does.Contain("../outside.txt: path leaves the release directory"));
    }

    [Test]
    public async Task Tar_WrittenTwice_IsIdentical_AndVerifies_AndATamperedEntryIsNamed()
    {
        var cutOff = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
        var tar = Path.Combine(_root, "a.tar");
        await ReleaseTar.WriteAsync(_release, "darija-corpus-1.0.0", cutOff, tar, CancellationToken.None);
        var again = Path.Combine(_root, "b.tar");
        File.SetLastWriteTimeUtc(Path.Combine(_release, "README.md"), DateTime.UtcNow.AddDays(-3));
        await ReleaseTar.WriteAsync(_release, "darija-corpus-1.0.0", cutOff, again, CancellationToken.None);

        Assert.That(await File.ReadAllBytesAsync(again), Is.EqualTo(await File.ReadAllBytesAsync(tar)));
        Assert.That((await ReleaseVerifier.VerifyAsync(tar, CancellationToken.None)).Problems, Is.Empty);
        await using (var reader = new TarReader(File.OpenRead(tar)))
        {
            var first = await reader.GetNextEntryAsync();
            Assert.That(first!.Name, Is.EqualTo("darija-corpus-1.0.0/"));
            Assert.That(first.ModificationTime, Is.EqualTo(cutOff));
        }

        await File.WriteAllTextAsync(Path.Combine(_release, "text", "train.jsonl"), "{\"id\":\"b\",\"text\":\"واخا\"}\n");
        var tampered = Path.Combine(_root, "c.tar");
        await ReleaseTar.WriteAsync(_release, "darija-corpus-1.0.0", cutOff, tampered, CancellationToken.None);
        Assert.That((await ReleaseVerifier.VerifyAsync(tampered, CancellationToken.None)).Problems, Has.One.StartsWith("text/train.jsonl: sha256"));
    }
}
