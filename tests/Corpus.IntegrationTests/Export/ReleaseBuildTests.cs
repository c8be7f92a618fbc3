using System.Security.Cryptography;
using Corpus.IntegrationTests.Cli;
using Corpus.Testing;

namespace Corpus.IntegrationTests.Export;

[TestFixture]
public sealed class ReleaseBuildTests
{
    private ReleaseCorpus _corpus = null!;
    private string _output = null!;

    [OneTimeSetUp]
    public async Task PopulateAsync()
    {
        _corpus = await ReleaseCorpus.CreateAsync();
        _output = TestPaths.NewTempDirectory("corpus-releases");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _corpus.Server.DisposeAsync();
        Directory.Delete(_output, recursive: true);
    }

    [Test]
    public async Task Build_ThenVerify_HoldsExactlyTheAcceptedItems_InEveryFormat()
    {
        var build = await ReleaseCli.BuildAsync(_corpus.Server, "1.0.0", _output);
        Assert.That(build.ExitCode, Is.EqualTo(0), build.Errors + build.Output);
        var release = new ReleaseFiles(ReleaseCli.Directory(_output, "1.0.0"));

        var verify = await ReleaseCli.VerifyAsync(release.Directory);
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Errors);
        Assert.That(verify.Output, Does.Contain("OK: release 1.0.0"));

        var accepted = _corpus.Accepted.ToHashSet();
        var texts = release.TextRows();
        var clips = release.ClipRows();
        Assert.That(clips, Has.Count.GreaterThanOrEqualTo(4), "the prompted recordings are accepted and released");
        Assert.That(texts, Has.Count.GreaterThanOrEqualTo(8), "the Darija texts are accepted and released");
        var released = texts.Select(t => t.GetProperty("id").GetString()!).Concat(clips.Select(ReleaseFiles.IdOfClip)).ToList();
        Assert.That(released, Is.EquivalentTo(accepted), "every accepted item once, nothing else");
        Assert.That(_corpus.States.Values, Does.Contain("rejected"), "the corpus has rejected items to leave out");
        var arabizi = texts.Single(t => t.GetProperty("text").GetString()!.StartsWith("wach nta bikhir", StringComparison.Ordinal));
        Assert.That(arabizi.GetProperty("text_arabic").GetString(), Does.StartWith("واش"), "Arabizi texts carry their transliteration");

        foreach (var clip in clips)
        {
            var wav = await File.ReadAllBytesAsync(Path.Combine(release.Directory, "audio", "clips", clip["path"]));
            Assert.That(BitConverter.ToInt32(wav, 24), Is.EqualTo(16_000), "clips are 16 kHz");
            Assert.That(BitConverter.ToInt16(wav, 22), Is.EqualTo(1), "clips are mono");
            Assert.That(clip["sentence"], Is.EqualTo(ReleaseCorpus.Prompt));
            Assert.That(clip["locale"], Is.EqualTo("ary"));
            Assert.That(clip["client_id"], Has.Length.EqualTo(64));
            Assert.That(_corpus.Volunteers.Select(v => v.Id), Has.None.EqualTo(clip["client_id"]), "no account id leaks into the release");
            var volunteer = _corpus.Volunteers.Single(v => v.Items.Contains(ReleaseFiles.IdOfClip(clip)));
            Assert.That(clip["accents"], Is.EqualTo(volunteer.Region));
            Assert.That(clip["gender"], Is.EqualTo(volunteer.Gender));
        }
        var durations = File.ReadAllLines(Path.Combine(release.Directory, "audio", "clip_durations.tsv"));
        Assert.That(durations[0], Is.EqualTo("clip\tduration[ms]"));
        Assert.That(durations.Skip(1).Count(l => l.Length > 0), Is.EqualTo(clips.Count));

        var manifest = release.Manifest;
        Assert.That(manifest.GetProperty("name").GetString(), Is.EqualTo("darija-corpus-1.0.0"));
        Assert.That(manifest.GetProperty("totals").GetProperty("clips").GetInt32(), Is.EqualTo(clips.Count));
        Assert.That(manifest.GetProperty("totals").GetProperty("texts").GetInt32(), Is.EqualTo(texts.Count));
        Assert.That(manifest.GetProperty("totals").GetProperty("hours").GetDouble(), Is.GreaterThan(0));
        var files = manifest.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.That(files, Is.SupersetOf(new[]
        {
            "README.md", "CHANGES.md", "text/train.jsonl", "text/train.parquet", "text/dev.jsonl", "text/test.parquet",
            "audio/train.tsv", "audio/dev.tsv", "audio/test.tsv", "audio/train.parquet", "audio/clip_durations.tsv",
        }));
        var card = await File.ReadAllTextAsync(Path.Combine(release.Directory, "README.md"));
        Assert.That(card, Does.StartWith("---\n"));
        Assert.That(card, Does.Contain("ary"));
    }

    [Test]
    public async Task Build_SameVersionAgainIntoAnotherFolder_ReproducesEveryFileAndTheTarByteForByte()
    {
        var first = Path.Combine(_output, "first");
        var second = Path.Combine(_output, "second");
        var built = await ReleaseCli.BuildAsync(_corpus.Server, "2.0.0", first, "--tar");
        Assert.That(built.ExitCode, Is.EqualTo(0), built.Errors);
        var again = await ReleaseCli.BuildAsync(_corpus.Server, "2.0.0", second, "--tar");
        Assert.That(again.ExitCode, Is.EqualTo(0), again.Errors);
        Assert.That(again.Output, Does.Contain("Reproduced darija-corpus-2.0.0"));

        var a = ReleaseCli.Directory(first, "2.0.0");
        var b = ReleaseCli.Directory(second, "2.0.0");
        var filesA = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToList();
        var filesB = Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order().ToList();
        Assert.That(filesB, Is.EqualTo(filesA));
        foreach (var file in filesA)
            Assert.That(await File.ReadAllBytesAsync(Path.Combine(b, file)), Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(a, file))), file);
        Assert.That(await File.ReadAllBytesAsync(b + ".tar"), Is.EqualTo(await File.ReadAllBytesAsync(a + ".tar")));

        var verifyTar = await ReleaseCli.VerifyAsync(a + ".tar");
        Assert.That(verifyTar.ExitCode, Is.EqualTo(0), verifyTar.Errors);
    }

    [Test]
    public async Task Verify_AChangedByteAnExtraFileOrAMissingFile_FailsNamingEachFile()
    {
        var output = Path.Combine(_output, "tampered");
        var built = await ReleaseCli.BuildAsync(_corpus.Server, "3.0.0", output);
        Assert.That(built.ExitCode, Is.EqualTo(0), built.Errors);
        var directory = ReleaseCli.Directory(output, "3.0.0");
        var clip = Directory.GetFiles(Path.Combine(directory, "audio", "clips")).Order().First();
        var bytes = await File.ReadAllBytesAsync(clip);
        bytes[^1] ^= 0x01;
        await File.WriteAllBytesAsync(clip, bytes);
        await File.WriteAllTextAsync(Path.Combine(directory, "text", "notes.txt"), "added later");
        File.Delete(Path.Combine(directory, "text", "dev.parquet"));

        var verify = await ReleaseCli.VerifyAsync(directory);

        Assert.That(verify.ExitCode, Is.EqualTo(1));
        Assert.That(verify.Errors, Does.Contain("audio/clips/" + Path.GetFileName(clip) + ": sha256"));
        Assert.That(verify.Errors, Does.Contain("text/notes.txt: not listed in the manifest"));
        Assert.That(verify.Errors, Does.Contain("text/dev.parquet: missing"));
        Assert.That(verify.Output, Does.Contain("FAILED: 3 problem(s)"));
    }

    [Test]
    public async Task Splits_PutEverySpeakerAndEveryAuthorInOneSplitOnly()
    {
        var built = await ReleaseCli.BuildAsync(_corpus.Server, "4.0.0", _output);
        Assert.That(built.ExitCode, Is.EqualTo(0), built.Errors);
        var release = new ReleaseFiles(ReleaseCli.Directory(_output, "4.0.0"));

        foreach (var speaker in release.ClipRows().GroupBy(c => c["client_id"]))
            Assert.That(speaker.Select(c => c["split"]).Distinct().Count(), Is.EqualTo(1), speaker.Key);
        var groups = release.TextRows().GroupBy(t => t.GetProperty("source_group").GetString()).ToList();
        foreach (var group in groups)
            Assert.That(group.Select(t => t.GetProperty("split").GetString()).Distinct().Count(), Is.EqualTo(1), group.Key);
        Assert.That(groups.Any(g => g.Count() > 1), "some author or volunteer has several texts, so the check means something");
    }

    [Test]
    public async Task Build_WithAVersionThatIsNotSemVer_OrIntoAnExistingRelease_IsRefusedWithExit2()
    {
        var bad = await ReleaseCli.BuildAsync(_corpus.Server, "v1", _output);
        Assert.That(bad.ExitCode, Is.EqualTo(2));
        Assert.That(bad.Errors, Does.Contain("not a semantic version"));

        var output = Path.Combine(_output, "twice");
        Assert.That((await ReleaseCli.BuildAsync(_corpus.Server, "5.0.0", output)).ExitCode, Is.EqualTo(0));
        var again = await ReleaseCli.BuildAsync(_corpus.Server, "5.0.0", output);
        Assert.That(again.ExitCode, Is.EqualTo(2));
        Assert.That(again.Errors, Does.Contain("already exists; releases are never overwritten"));

        var list = await CorpusCommand.RunAsync(_corpus.Server.Database, "release", "list", "--data", _corpus.Server.DataDirectory);
        Assert.That(list.ExitCode, Is.EqualTo(0), list.Errors);
        Assert.That(list.Output.Split('\n').Where(l => l.StartsWith("5.0.0\t", StringComparison.Ordinal)), Has.One.Items, list.Output);
        Assert.That(list.Output, Does.Not.Contain("v1"), "a refused build is not listed");
    }

    [Test]
    public async Task ParquetFiles_ReadByAnIndependentReader_HoldTheJsonlRowsAndTheExactClipBytes()
    {
        var built = await ReleaseCli.BuildAsync(_corpus.Server, "6.0.0", _output);
        Assert.That(built.ExitCode, Is.EqualTo(0), built.Errors);
        var release = new ReleaseFiles(ReleaseCli.Directory(_output, "6.0.0"));
        var jsonl = release.TextRows().ToDictionary(t => t.GetProperty("id").GetString()!);
        var clips = release.ClipRows().ToDictionary(ReleaseFiles.IdOfClip);

        var textRows = 0;
        var clipRows = 0;
        foreach (var split in new[] { "train", "dev", "test" })
        {
            var texts = ParquetReader.Read(Path.Combine(release.Directory, "text", split + ".parquet"));
            Assert.That(texts.GetProperty("keyValueMetadata").GetProperty("huggingface").GetString(), Does.Contain("\"text_arabic\""));
            foreach (var row in texts.GetProperty("rows").EnumerateArray())
            {
                var expected = jsonl[row.GetProperty("id").GetString()!];
                foreach (var column in new[] { "split", "text", "text_arabic", "script", "language", "source_group", "region" })
                    Assert.That(row.GetProperty(column).ToString(), Is.EqualTo(expected.GetProperty(column).ToString()), column);
                Assert.That(row.GetProperty("split").GetString(), Is.EqualTo(split));
                Assert.That(row.GetProperty("quality_score").GetDouble(), Is.EqualTo(expected.GetProperty("quality_score").GetDouble()));
                textRows++;
            }

            var audio = ParquetReader.Read(Path.Combine(release.Directory, "audio", split + ".parquet"));
            Assert.That(audio.GetProperty("keyValueMetadata").GetProperty("huggingface").GetString(), Does.Contain("\"Audio\""));
            foreach (var row in audio.GetProperty("rows").EnumerateArray())
            {
                var tsv = clips[row.GetProperty("id").GetString()!];
                Assert.That(tsv["split"], Is.EqualTo(split));
                Assert.That(row.GetProperty("sentence").GetString(), Is.EqualTo(tsv["sentence"]));
                Assert.That(row.GetProperty("client_id").GetString(), Is.EqualTo(tsv["client_id"]));
                var embedded = row.GetProperty("audio");
                Assert.That(embedded.GetProperty("path").GetString(), Is.EqualTo(tsv["path"]));
                var wav = await File.ReadAllBytesAsync(Path.Combine(release.Directory, "audio", "clips", tsv["path"]));
                Assert.That(embedded.GetProperty("bytes").GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(wav))));
                clipRows++;
            }
        }
        Assert.That(textRows, Is.EqualTo(jsonl.Count));
        Assert.That(clipRows, Is.EqualTo(clips.Count));
    }
}
