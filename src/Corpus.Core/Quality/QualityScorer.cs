using Corpus.Core.Normalization;
using Corpus.Core.Quality.Duplicates;
using Corpus.Core.Quality.LanguageId;

namespace Corpus.Core.Quality;

/// <summary>
/// Scores an item from its text signals, language, audio measurements and known duplicates: a score in
/// [0,1], flags with reasons, and accepted / flagged / rejected. Holds no mutable state: thread-safe.
/// </summary>
public sealed class QualityScorer
{
    /// <summary>Bumped whenever a decision for the same input can change (the language model version is added to it).</summary>
    public const string Version = "quality-2";

    private readonly QualityScorerOptions options;
    private readonly LanguageIdentifier languages;

    public QualityScorer(QualityScorerOptions options, LanguageIdentifier languages)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(languages);
        options.Validate();
        this.options = options;
        this.languages = languages;
        ScorerVersion = $"{Version}+{languages.Version}";
    }

    /// <summary>Stored with every result: this scorer and the language model it used.</summary>
    public string ScorerVersion { get; }

    /// <summary>Normalizes and scores a text item with no known duplicates.</summary>
    public QualityResult ScoreText(string raw, TextKind kind) =>
        Score(new QualityInput { Text = TextNormalizer.Normalize(raw, kind) });

    public QualityResult Score(QualityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var flags = new List<QualityFlag>();
        TextSignals? signals = null;
        LanguagePrediction? language = null;
        if (input.Text is { } text)
        {
            signals = TextSignalMeter.Measure(text);
            if (!HardTextFailure(text, signals, input.Audio is null, flags) && signals.Letters > 0)
                language = languages.Predict(text);
            if (flags.Count == 0) TextChecks.Add(signals, language, options, flags);
        }
        if (input.Audio is { } audio)
        {
            AudioChecks.Add(audio, flags);
            // Without its words a clip cannot be released; review is where someone listens and writes them.
            if (input.Text is null && !flags.Any(f => f.Rejects || QualityFlags.Rejects(f.Name)))
                flags.Add(new(QualityFlags.NoTranscript, "No transcript: listen and write what is said (decision \"fix\" with the words).", null, null));
        }
        DuplicateChecks.Add(input, MinHashScheme.LshThreshold, flags);
        return Verdict(flags, signals, language);
    }

    /// <summary>Empty text and link/emoji-only posts; for a recording the transcript's emptiness is the audio's business.</summary>
    private static bool HardTextFailure(NormalizedText text, TextSignals signals, bool textOnly, List<QualityFlag> flags)
    {
        if (!textOnly) return false;
        if (string.IsNullOrWhiteSpace(text.Display))
        {
            flags.Add(new(QualityFlags.EmptyText, "Nothing is left after normalization.", 0, null));
            return true;
        }
        if (signals.Letters == 0)
        {
            flags.Add(new(QualityFlags.UrlOrEmojiOnly,
                "The post holds only links, mentions, emoji, numbers or punctuation: no words to keep.", 0, null));
            return true;
        }
        return false;
    }

    private QualityResult Verdict(List<QualityFlag> flags, TextSignals? signals, LanguagePrediction? language)
    {
        var score = 1.0;
        var rejected = false;
        foreach (var flag in flags)
        {
            var rejects = flag.Rejects || QualityFlags.Rejects(flag.Name);
            score *= rejects ? 0 : 1 - QualityFlags.Penalty(flag.Name);
            rejected |= rejects;
        }
        var decision = rejected ? QualityDecisions.Rejected
            : flags.Count > 0 ? QualityDecisions.Flagged
            : QualityDecisions.Accepted;
        return new QualityResult(Math.Clamp(score, 0, 1), decision, flags, ScorerVersion, signals, language);
    }
}
