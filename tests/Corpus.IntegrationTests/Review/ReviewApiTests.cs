using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corpus.IntegrationTests.Cli;
using Corpus.IntegrationTests.Export;
using Corpus.IntegrationTests.Hosting;
using Corpus.IntegrationTests.Processing;
using Corpus.Testing;

namespace Corpus.IntegrationTests.Review;

[TestFixture]
public sealed class ReviewApiTests : VolunteerFixture
{
    private const string French = "Le conseil municipal se réunira lundi prochain pour voter le budget de la ville.";

    private async Task<string> FlaggedTextAsync(HttpClient client, string text)
    {
        var id = await Pipeline.PostTextAsync(client, text);
        var item = await Pipeline.ProcessedAsync(client, id);
        Assert.That(item.GetProperty("state").GetString(), Is.EqualTo("flagged"), item.ToString());
        return id;
    }

    private async Task<HttpClient> AnnotatorAsync() => Server.Client(await Server.CreateTokenAsync("annotator"));

    private static async Task<JsonElement> ClaimAsync(HttpClient annotator, int count = 50)
    {
        var response = await annotator.PostAsJsonAsync("/api/v1/review/claims", new { count });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<string> ClaimedIds(JsonElement batch) =>
        batch.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("item").GetProperty("id").GetString()!);

    private static Task<HttpResponseMessage> DecideAsync(HttpClient annotator, string id, object decision) =>
        annotator.PostAsJsonAsync($"/api/v1/review/items/{id}/decision", decision);

    [Test]
    public async Task FlaggedText_TwoAnnotatorsFixAndApprove_IsAccepted_AndTheNextReleaseCarriesTheFix()
    {
        var id = await FlaggedTextAsync(Volunteer, "Je suis allé au marché ce matin pour acheter des légumes frais.");
        using var first = await AnnotatorAsync();
        using var second = await AnnotatorAsync();

        var batch = await ClaimAsync(first);
        var claimed = batch.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetProperty("id").GetString() == id);
        Assert.That(claimed.GetProperty("item").GetProperty("result").GetProperty("flags").GetArrayLength(), Is.GreaterThan(0), "the annotator sees why it was flagged");
        Assert.That(claimed.GetProperty("item").GetProperty("contributorId").ValueKind, Is.EqualTo(JsonValueKind.Null), "who sent it is not shown");
        var fixedText = "Je suis allé au marché ce matin pour acheter des légumes frais et du pain.";
        var fix = await DecideAsync(first, id, new { decision = "fix", text = fixedText });
        Assert.That(fix.StatusCode, Is.EqualTo(HttpStatusCode.OK), await fix.Content.ReadAsStringAsync());
        Assert.That((await fix.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("settled").GetBoolean(), Is.False);
        Assert.That(ClaimedIds(await ClaimAsync(first)), Does.Not.Contain(id), "an annotator decides an item once");

        Assert.That(ClaimedIds(await ClaimAsync(second)), Does.Contain(id));
        var approve = await DecideAsync(second, id, new { decision = "approve" });
        var settled = await approve.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(settled.GetProperty("state").GetString(), Is.EqualTo("accepted"));
        Assert.That(settled.GetProperty("settled").GetBoolean(), Is.True);

        var output = TestPaths.NewTempDirectory("corpus-review-release");
        try
        {
            var build = await CorpusCommand.RunAsync(Server.Database, "release", "build", "--data", Server.DataDirectory, "--version", "1.0.0", "--out", output);
            Assert.That(build.ExitCode, Is.EqualTo(0), build.Errors);
            var row = new ReleaseFiles(Path.Combine(output, "darija-corpus-1.0.0")).TextRows().Single(r => r.GetProperty("id").GetString() == id);
            Assert.That(row.GetProperty("text").GetString(), Is.EqualTo(fixedText));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task Decisions_AreKeptWithWhoWhenAndHowLong_AndStatsReportAgreement()
    {
        var id = await FlaggedTextAsync(Volunteer, French);
        using var a = await AnnotatorAsync();
        using var b = await AnnotatorAsync();
        using var c = await AnnotatorAsync();
        await ClaimAsync(a);
        await ClaimAsync(b);
        (await DecideAsync(a, id, new { decision = "approve" })).EnsureSuccessStatusCode();
        (await DecideAsync(b, id, new { decision = "reject", reason = "wrong_language" })).EnsureSuccessStatusCode();
        Assert.That(ClaimedIds(await ClaimAsync(c)).First(), Is.EqualTo(id), "a disagreement goes to a third annotator first");
        var third = await (await DecideAsync(c, id, new { decision = "reject", reason = "wrong_language", note = "French" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(third.GetProperty("state").GetString(), Is.EqualTo("rejected"));

        using var admin = Server.Admin();
        var decisions = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/review/items/{id}/decisions");
        Assert.That(decisions.GetArrayLength(), Is.EqualTo(3));
        foreach (var decision in decisions.EnumerateArray())
        {
            Assert.That(decision.GetProperty("annotator").GetString(), Is.Not.Empty);
            Assert.That(decision.GetProperty("decidedAt").GetString(), Is.Not.Empty);
            Assert.That(decision.GetProperty("durationMs").GetInt64(), Is.GreaterThanOrEqualTo(0));
        }
        var stats = await a.GetFromJsonAsync<JsonElement>("/api/v1/review/stats");
        Assert.That(stats.GetProperty("agreement").GetProperty("items").GetInt32(), Is.GreaterThanOrEqualTo(1));
        Assert.That(stats.GetProperty("agreement").TryGetProperty("krippendorffAlpha", out _), Is.True);
        var mine = stats.GetProperty("annotators").EnumerateArray().Single(s => s.GetProperty("annotator").GetString() == stats.GetProperty("you").GetString());
        Assert.That(mine.GetProperty("agreement").GetDouble(), Is.EqualTo(0.0), "the caller's own row: a approved what was rejected");
        var agreement = stats.GetProperty("annotators").EnumerateArray()
            .Where(s => s.GetProperty("agreement").ValueKind == JsonValueKind.Number).Select(s => s.GetProperty("agreement").GetDouble()).ToList();
        Assert.That(agreement, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(agreement, Does.Contain(0.0).And.Contain(1.0));
        Assert.That((await Pipeline.ProcessedAsync(admin, id)).GetProperty("state").GetString(), Is.EqualTo("rejected"));
    }

    [Test]
    public async Task BadDecisions_AreProblemsNamingTheField_AndDecidingWithoutAClaimIsAConflict()
    {
        var id = await FlaggedTextAsync(Volunteer, French + " Merci.");
        using var annotator = await AnnotatorAsync();

        var unclaimed = await DecideAsync(annotator, id, new { decision = "approve" });
        await ProblemAssert.IsProblemAsync(unclaimed, HttpStatusCode.Conflict, "id");
        await ClaimAsync(annotator);
        await ProblemAssert.IsProblemAsync(await DecideAsync(annotator, id, new { decision = "reject" }), HttpStatusCode.BadRequest, "reason");
        await ProblemAssert.IsProblemAsync(await DecideAsync(annotator, id, new { decision = "fix" }), HttpStatusCode.BadRequest, "text");
        await ProblemAssert.IsProblemAsync(await DecideAsync(annotator, id, new { decision = "maybe" }), HttpStatusCode.BadRequest, "decision");
        await ProblemAssert.IsProblemAsync(await DecideAsync(annotator, id, new { decision = "approve", text = "x" }), HttpStatusCode.BadRequest, "text");
        await ProblemAssert.IsProblemAsync(await annotator.PostAsJsonAsync("/api/v1/review/claims", new { count = 0 }), HttpStatusCode.BadRequest, "count");

        var done = await DecideAsync(annotator, id, new { decision = "reject", reason = "wrong_language" });
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var retried = await DecideAsync(annotator, id, new { decision = "reject", reason = "wrong_language" });
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a retry of the same decision is answered, not refused");
        await ProblemAssert.IsProblemAsync(await DecideAsync(annotator, id, new { decision = "approve" }), HttpStatusCode.Conflict, "decision");
        Assert.That((await Volunteer.PostAsJsonAsync("/api/v1/review/claims", new { })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task GivenBack_TheItemReturnsToTheQueue_AndAWithdrawnVolunteersItemsLeaveIt()
    {
        var (_, token) = await Server.NewContributorAsync();
        using var leaving = Server.Client(token);
        var id = await FlaggedTextAsync(leaving, "Je pense que la réunion de demain est annulée à cause de la pluie.");
        using var annotator = await AnnotatorAsync();
        Assert.That(ClaimedIds(await ClaimAsync(annotator)), Does.Contain(id));

        Assert.That((await annotator.DeleteAsync($"/api/v1/review/claims/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(ClaimedIds(await ClaimAsync(annotator)), Does.Not.Contain(id), "an item given back is not offered to the same annotator again");
        await ProblemAssert.IsProblemAsync(await DecideAsync(annotator, id, new { decision = "approve" }), HttpStatusCode.Conflict, "id");
        using var other = await AnnotatorAsync();
        Assert.That(ClaimedIds(await ClaimAsync(other)), Does.Contain(id));

        (await leaving.DeleteAsync("/api/v1/contributors/me")).EnsureSuccessStatusCode();
        await ProblemAssert.IsProblemAsync(await DecideAsync(other, id, new { decision = "approve" }), HttpStatusCode.Conflict, "id");
        using var third = await AnnotatorAsync();
        Assert.That(ClaimedIds(await ClaimAsync(third)), Does.Not.Contain(id));
    }

    [Test]
    public async Task SegmentOfLongSpeech_TranscribedInReview_IsReleasedAsAClipWithThoseWords()
    {
        var work = TestPaths.NewTempDirectory("corpus-review-segments");
        var output = TestPaths.NewTempDirectory("corpus-review-segments-release");
        try
        {
            var sentences = string.Join(". ", Enumerable.Range(0, 10).Select(i => $"This is sentence number {i} of a long recording, spoken slowly"));
            var speech = await File.ReadAllBytesAsync(ExternalPrograms.Speech16k(work, sentences, wordsPerMinute: 140));
            var parent = await Pipeline.PostRecordingAsync(Volunteer, speech, sentences);
            await Pipeline.ProcessedAsync(Volunteer, parent);
            string segment;
            await using (var db = await Server.Database.OpenAsync())
                segment = (await Dapper.SqlMapper.QueryAsync<string>(db, "SELECT id FROM items WHERE parent_id = @Parent ORDER BY id", new { Parent = parent })).First();
            using var admin = Server.Admin();
            Assert.That((await Pipeline.ProcessedAsync(admin, segment)).GetProperty("state").GetString(), Is.EqualTo("flagged"));

            const string words = "This is sentence number 0 of a long recording";
            foreach (var annotator in new[] { await AnnotatorAsync(), await AnnotatorAsync() })
            {
                using (annotator)
                {
                    Assert.That(ClaimedIds(await ClaimAsync(annotator)), Does.Contain(segment));
                    var decided = await DecideAsync(annotator, segment, new { decision = "fix", text = words });
                    Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.OK), await decided.Content.ReadAsStringAsync());
                }
            }

            var build = await CorpusCommand.RunAsync(Server.Database, "release", "build", "--data", Server.DataDirectory, "--version", "2.0.0", "--out", output);
            Assert.That(build.ExitCode, Is.EqualTo(0), build.Errors);
            var clip = new ReleaseFiles(Path.Combine(output, "darija-corpus-2.0.0")).ClipRows().Single(c => ReleaseFiles.IdOfClip(c) == segment);
            Assert.That(clip["sentence"], Is.EqualTo(words));
            Assert.That(clip["up_votes"], Is.EqualTo("2"));
            Assert.That(clip["down_votes"], Is.EqualTo("0"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }
}
