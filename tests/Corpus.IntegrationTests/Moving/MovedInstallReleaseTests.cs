using Corpus.IntegrationTests.Cli;
using Corpus.Testing;

namespace Corpus.IntegrationTests.Moving;

[TestFixture]
public sealed class MovedInstallReleaseTests : MovedInstallFixture
{
    private const string CutOff = "2099-01-01T00:00:00Z";

    [Test]
    public async Task Release_BuiltOnTheMovedInstall_PassesVerify_AndIsByteIdenticalToTheSameReleaseOfTheSource()
    {
        await using var target = await MoveTarget.CreateAsync();
        var run = await MigrateRun.RunAsync(target, Install, toBucket: true);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var output = TestPaths.NewTempDirectory("corpus-moved-release");
        try
        {
            var moved = await RunAsync(target, "release", "build", "--data", Path.Combine(output, "target-data"), "--db", target.ConnectionString,
                "--blobs", target.BlobLocation, "--s3-endpoint", target.S3.ServiceUrl.ToString(),
                "--version", "1.0.0", "--cut-off", CutOff, "--out", Path.Combine(output, "moved"));
            Assert.That(moved.ExitCode, Is.EqualTo(0), moved.Errors + moved.Output);
            var movedRelease = Path.Combine(output, "moved", "darija-corpus-1.0.0");

            var verify = await CorpusCommand.RunAsync(null, "release", "verify", movedRelease);
            Assert.That(verify.ExitCode, Is.EqualTo(0), verify.Errors);
            Assert.That(verify.Output, Does.Contain("every checksum matches"));
            Assert.That(Directory.GetFiles(Path.Combine(movedRelease, "audio", "clips")), Is.Not.Empty, "the bucket served the clips");

            // The same release from a copy of the source install (so the shared install stays as it was).
            var copy = Path.Combine(output, "source-copy");
            CopyDirectory(Install.Directory, copy);
            var original = await CorpusCommand.RunAsync(null, "release", "build", "--data", copy,
                "--version", "1.0.0", "--cut-off", CutOff, "--out", Path.Combine(output, "source"));
            Assert.That(original.ExitCode, Is.EqualTo(0), original.Errors);
            var sourceRelease = Path.Combine(output, "source", "darija-corpus-1.0.0");
            Assert.That(await File.ReadAllBytesAsync(Path.Combine(movedRelease, "manifest.json")),
                Is.EqualTo(await File.ReadAllBytesAsync(Path.Combine(sourceRelease, "manifest.json"))),
                "the moved install releases exactly what the embedded one did, file for file");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(MoveTarget target, params string[] arguments) =>
        CorpusCommand.RunAsync(null, new Dictionary<string, string>
        {
            ["Corpus__S3__AccessKey"] = target.S3.AccessKey,
            ["Corpus__S3__SecretKey"] = target.S3.SecretKey,
        }, arguments);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
