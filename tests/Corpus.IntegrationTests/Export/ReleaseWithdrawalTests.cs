using Corpus.Testing;

namespace Corpus.IntegrationTests.Export;

[TestFixture]
public sealed class ReleaseWithdrawalTests
{
    [Test]
    public async Task NextRelease_AfterAVolunteerWithdraws_LeavesTheirItemsOut_ListsThemAsWithdrawn_AndKeepsEverySplit()
    {
        var corpus = await ReleaseCorpus.CreateAsync();
        var output = TestPaths.NewTempDirectory("corpus-releases-withdrawal");
        try
        {
            var first = await ReleaseCli.BuildAsync(corpus.Server, "1.0.0", output);
            Assert.That(first.ExitCode, Is.EqualTo(0), first.Errors);
            var before = new ReleaseFiles(ReleaseCli.Directory(output, "1.0.0"));
            var leaving = corpus.Volunteers[2];
            var leavingReleased = leaving.Items.Where(corpus.Accepted.Contains).ToList();
            Assert.That(leavingReleased, Is.Not.Empty, "the volunteer had items in the first release");

            using (var client = corpus.Server.Client(leaving.Token))
                (await client.DeleteAsync("/api/v1/contributors/me")).EnsureSuccessStatusCode();

            var rebuilt = await ReleaseCli.BuildAsync(corpus.Server, "1.0.0", Path.Combine(output, "again"));
            Assert.That(rebuilt.ExitCode, Is.EqualTo(2), "a released version can never change\n" + rebuilt.Output + rebuilt.Errors);
            Assert.That(rebuilt.Errors, Does.Contain("build a new version"));
            Assert.That(Directory.Exists(ReleaseCli.Directory(Path.Combine(output, "again"), "1.0.0")), Is.False);

            var next = await ReleaseCli.BuildAsync(corpus.Server, "1.1.0", output);
            Assert.That(next.ExitCode, Is.EqualTo(0), next.Errors);
            var after = new ReleaseFiles(ReleaseCli.Directory(output, "1.1.0"));
            var afterIds = SplitsById(after);
            Assert.That(afterIds.Keys, Has.None.AnyOf(leavingReleased.ToArray()), "withdrawn items are in no later release");
            var beforeIds = SplitsById(before);
            Assert.That(afterIds.Keys, Is.EquivalentTo(beforeIds.Keys.Except(leavingReleased)));
            foreach (var (id, split) in afterIds) Assert.That(split, Is.EqualTo(beforeIds[id]), $"{id} kept its split");

            Assert.That(after.Manifest.GetProperty("parentVersion").GetString(), Is.EqualTo("1.0.0"));
            var changes = await File.ReadAllTextAsync(Path.Combine(after.Directory, "CHANGES.md"));
            foreach (var id in leavingReleased) Assert.That(changes, Does.Contain(id));
            Assert.That(changes, Does.Contain("withdrawn").IgnoreCase);
            Assert.That((await ReleaseCli.VerifyAsync(after.Directory)).ExitCode, Is.EqualTo(0));
        }
        finally
        {
            await corpus.Server.DisposeAsync();
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Build_WhenAClipsAudioIsMissingFromTheBlobStore_IsRefusedWithExit2_AndLeavesNothing()
    {
        var corpus = await ReleaseCorpus.CreateAsync();
        var output = TestPaths.NewTempDirectory("corpus-releases-missing-blob");
        try
        {
            await using (var db = await corpus.Server.Database.OpenAsync())
            {
                var sha = await Dapper.SqlMapper.ExecuteScalarAsync<string>(db,
                    "SELECT r.normalized_sha256 FROM items i JOIN item_results r ON r.item_id = i.id AND r.pipeline_version = i.result_version " +
                    "WHERE i.state = 'accepted' AND r.normalized_sha256 IS NOT NULL ORDER BY i.id LIMIT 1");
                File.Delete(Path.Combine(corpus.Server.DataDirectory, "blobs", sha![..2], sha[2..4], sha));
            }

            var build = await ReleaseCli.BuildAsync(corpus.Server, "1.0.0", output);

            Assert.That(build.ExitCode, Is.EqualTo(2), build.Output + build.Errors);
            Assert.That(build.Errors, Does.Contain("could not be read").And.Contain("nothing was written"));
            Assert.That(Directory.GetFileSystemEntries(output), Is.Empty, "no half release, no staging folder");
            var retry = await ReleaseCli.BuildAsync(corpus.Server, "1.0.0", output);
            Assert.That(retry.Errors, Does.Not.Contain("built before"), "a refused build records nothing");
        }
        finally
        {
            await corpus.Server.DisposeAsync();
            Directory.Delete(output, recursive: true);
        }
    }

    private static Dictionary<string, string> SplitsById(ReleaseFiles release) =>
        release.TextRows().Select(t => (Id: t.GetProperty("id").GetString()!, Split: t.GetProperty("split").GetString()!))
            .Concat(release.ClipRows().Select(c => (Id: ReleaseFiles.IdOfClip(c), Split: c["split"])))
            .ToDictionary(p => p.Id, p => p.Split);
}