using Corpus.Core.Normalization;
using Corpus.Core.Quality;

namespace Corpus.Core.Tests.Quality;

[TestFixture]
public sealed class QualityScorerTests
{
    private QualityScorer scorer = null!;

    [OneTimeSetUp]
    public void CreateScorer() => scorer = new QualityScorer(new QualityScorerOptions(), TrainedLanguageModel.Identifier);

    [TestCase("أعلنت الحكومة اليوم عن برنامج جديد لدعم المقاولات الصغيرة في المناطق القروية.")]
    [TestCase("Le conseil municipal a voté le budget de l'année prochaine après un long débat.")]
    [TestCase("The city council approved next year's budget after a long debate on Tuesday.")]
    public void ScoreText_NotDarija_IsFlaggedNotDarija(string post)
    {
        var result = scorer.ScoreText(post, TextKind.Social);

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(result.HasFlag(QualityFlags.NotDarija), Is.True);
        Assert.That(result.Flags.Single(f => f.Name == QualityFlags.NotDarija).Reason, Does.Contain(result.Language!.Label));
    }

    [TestCase("واش كاين شي واحد عارف فين نقدر نصاوب التيليفون فهاد الحومة؟ راه تقاد ليا بزاف", "ary-Arab")]
    [TestCase("wach kayn chi wa7ed 3aref fin n9der nsawb telephone f had l7ouma? rah t9ad lia bzaf", "ary-Latn")]
    public void ScoreText_DarijaInEitherScript_IsAccepted(string post, string label)
    {
        var result = scorer.ScoreText(post, TextKind.Social);

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Accepted), string.Join("; ", result.Flags.Select(f => f.Reason)));
        Assert.That(result.Language!.Label, Is.EqualTo(label));
        Assert.That(result.Score, Is.EqualTo(1.0));
        Assert.That(result.Text!.DarijaMarkers, Is.GreaterThanOrEqualTo(2));
    }

    [TestCase("https://youtu.be/dQw4w9WgXcQ 😂😂🔥")]
    [TestCase("❤️❤️❤️")]
    public void ScoreText_OnlyLinkAndEmoji_IsRejected(string post)
    {
        var result = scorer.ScoreText(post, TextKind.Social);

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Rejected));
        Assert.That(result.HasFlag(QualityFlags.UrlOrEmojiOnly), Is.True);
        Assert.That(result.Score, Is.Zero);
    }

    [Test]
    public void ScoreText_WhitespaceOnly_IsRejectedAsEmpty()
    {
        var result = scorer.ScoreText(" \u200B \n ", TextKind.Social);

        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Rejected));
        Assert.That(result.HasFlag(QualityFlags.EmptyText), Is.True);
    }

    [Test]
    public void ScoreText_PhoneNumber_FlagsPii()
    {
        var result = scorer.ScoreText("bghit nbi3 tomobil dyali, li bgha y3ayet 3la 06 12 34 56 78 wla +212 661-234567", TextKind.Social);

        var pii = result.Flags.Single(f => f.Name == QualityFlags.Pii);
        Assert.That(result.Decision, Is.EqualTo(QualityDecisions.Flagged));
        Assert.That(pii.Measured, Is.EqualTo(2));
        Assert.That(pii.Reason, Does.Contain("phone"));
    }

    [Test]
    public void ScoreText_SameSentenceRepeated_FlagsRepetition()
    {
        var post = string.Join(" ", Enumerable.Repeat("tabe3 lchaine dyali", 6));

        var result = scorer.ScoreText(post, TextKind.Social);

        Assert.That(result.HasFlag(QualityFlags.RepeatedTrigrams), Is.True);
        Assert.That(result.Text!.TopTrigramShare, Is.GreaterThan(0.224));
    }

    [Test]
    public void ScoreText_LinesCopiedOverAndOver_FlagsDuplicateLines()
    {
        var post = "salam 3likom\nlah y7fdkom\nlah y7fdkom\nlah y7fdkom";

        var result = scorer.ScoreText(post, TextKind.Text);

        Assert.That(result.HasFlag(QualityFlags.DuplicateLines), Is.True);
        Assert.That(result.Text!.DuplicateLineShare, Is.EqualTo(0.5));
    }

    [Test]
    public void Constructor_InvalidOptions_ThrowsNamingTheProblem()
    {
        var options = new QualityScorerOptions { MinLetterWordShare = 1.5, MinWordsForRepetition = 0 };

        Assert.That(() => new QualityScorer(options, TrainedLanguageModel.Identifier),
            Throws.ArgumentException.With.Message.Contains(nameof(QualityScorerOptions.MinLetterWordShare))
                .And.Message.Contains(nameof(QualityScorerOptions.MinWordsForRepetition)));
    }

    [Test]
    public void Score_ManyThreadsAtOnce_GiveTheSameResultsAsOne()
    {
        string[] posts = ["salam 3likom kidayrin", "هاد الفيلم زوين بزاف", "Bonjour à tous", "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ"];
        var expected = posts.Select(p => scorer.ScoreText(p, TextKind.Social).Language!.Label).ToArray();

        var results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = scorer.ScoreText(posts[i % posts.Length], TextKind.Social).Language!.Label);

        Assert.That(results.Select((label, i) => label == expected[i % posts.Length]), Is.All.True);
    }
}
