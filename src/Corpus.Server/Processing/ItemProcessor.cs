using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Core.Audio;
using Corpus.Core.Ingestion;
using Corpus.Core.Normalization;
using Corpus.Core.Quality;
using Corpus.Data.Ingestion;
using Corpus.Data.Processing;
using Corpus.Data.Storage;

namespace Corpus.Server.Processing;

/// <summary>
/// Runs one item through the pipeline: normalization, audio measurement, duplicate look-up and
/// scoring. Computes only; the caller stores the outcome atomically.
/// </summary>
internal sealed class ItemProcessor(TextAnalysis texts, RecordingAnalysis recordings, ResultStore results, ScorerHost scorer, IdGenerator ids, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<ProcessedItem> ProcessAsync(ItemRecord item, CancellationToken cancellationToken) =>
        await DecideAsync(item, await PrepareAsync(item, cancellationToken), cancellationToken);

    /// <summary>An item that failed every attempt: flagged with the last error, for a person to look at.</summary>
    public ProcessedItem GiveUp(ItemRecord item)
    {
        var flag = new QualityFlag("processing_failed",
            $"Processing failed {item.Attempts - 1} times; last error: {item.LastError ?? "unknown"}", item.Attempts - 1, null);
        var quality = new QualityResult(0, QualityDecisions.Flagged, [flag], scorer.Scorer.ScorerVersion, null, null);
        return new ProcessedItem(Result(item, quality, null, null, null), QualityDecisions.Flagged, null, []);
    }

    /// <summary>The heavy part that needs no other item: decoding and normalizing a recording (null for texts).</summary>
    public async Task<RecordingFacts?> PrepareAsync(ItemRecord item, CancellationToken cancellationToken) =>
        item.Kind == ItemKinds.Recording ? await recordings.AnalyzeAsync(item, cancellationToken) : null;

    /// <summary>Duplicate look-ups and scoring; they see every item completed before this call.</summary>
    public Task<ProcessedItem> DecideAsync(ItemRecord item, RecordingFacts? prepared, CancellationToken cancellationToken) =>
        item.Kind == ItemKinds.Recording ? RecordingAsync(item, prepared!, cancellationToken) : TextAsync(item, cancellationToken);

    private async Task<ProcessedItem> TextAsync(ItemRecord item, CancellationToken cancellationToken)
    {
        var facts = await texts.AnalyzeAsync(item.Id, item.RawText ?? "", cancellationToken);
        var exact = facts.ExactDuplicate is { } e ? new DuplicateReference(e.ItemId, e.Decision) : null;
        var near = facts.NearDuplicate is { } n ? new DuplicateReference(n.ItemId, null, n.Jaccard) : null;
        var quality = scorer.Scorer.Score(new QualityInput
        {
            Text = facts.Normalized,
            ExactDuplicateOf = exact,
            NearDuplicatesOf = near is null ? [] : [near],
        });
        var result = Result(item, quality, facts.Normalized, null, null) with
        {
            DedupHash = facts.DedupHash,
            DuplicateOf = exact?.ItemId ?? near?.ItemId,
        };
        return new ProcessedItem(result, quality.Decision, facts.MinHash, []);
    }

    private async Task<ProcessedItem> RecordingAsync(ItemRecord item, RecordingFacts facts, CancellationToken cancellationToken)
    {
        // Transcripts are cleaned like every other text: personal data a volunteer typed is replaced and flagged.
        var transcript = item.RawText is { } raw ? TextNormalizer.Normalize(raw, TextKind.Social) : null;
        var dedupHash = "audio:" + item.ContentHash;
        var earlier = await results.FindFirstWithHashAsync(dedupHash, item.Id, cancellationToken);
        var exact = earlier is null ? null : new DuplicateReference(earlier.ItemId, earlier.Decision);

        var quality = scorer.Scorer.Score(new QualityInput { Text = transcript, Audio = AudioInput(facts), ExactDuplicateOf = exact });
        if (facts.DecoderMissing)
        {
            // Not the recording's fault: keep it for a human (or a later rescore on a server with ffmpeg).
            quality = quality with
            {
                Decision = QualityDecisions.Flagged,
                Score = Math.Min(quality.Score, 0.5),
                Flags = [.. quality.Flags, new QualityFlag("decoder_unavailable", facts.Error!, null, null)],
            };
        }
        var result = Result(item, quality, transcript, facts.Analysis, facts.NormalizedBlob?.Sha256) with
        {
            DedupHash = dedupHash,
            DuplicateOf = exact?.ItemId,
        };
        var children = facts.Segments.Select(s => Segment(item, s.Segment, s.Blob)).ToList();
        // A split recording is a container: its segments go through review and releases on their own.
        var state = children.Count > 0 && quality.Decision != QualityDecisions.Rejected ? ItemStates.Processed : quality.Decision;
        return new ProcessedItem(result, state, null, children);
    }

    private static AudioSignalInput? AudioInput(RecordingFacts facts) =>
        facts.Analysis is { } analysis ? AudioSignalInput.From(analysis)
        : facts.DecoderMissing ? null
        : AudioSignalInput.Undecodable(facts.Error!);

    private ItemRecord Segment(ItemRecord parent, AudioSegment segment, Corpus.Core.Storage.BlobRef blob)
    {
        var now = DbTime.Format(time.GetUtcNow());
        return parent with
        {
            Id = ids.NewUlid(),
            State = ItemStates.Received,
            RawText = null,
            PromptId = null,
            BlobSha256 = blob.Sha256,
            BlobSize = blob.Size,
            AudioFormat = "wav",
            AudioSampleRate = AudioProcessor.SampleRate,
            AudioChannels = 1,
            AudioBits = 16,
            AudioDurationMs = (long)Math.Round((segment.EndSeconds - segment.StartSeconds) * 1000),
            ContentHash = blob.Sha256,
            ParentId = parent.Id,
            Attempts = 0,
            LastError = null,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private ResultRecord Result(ItemRecord item, QualityResult quality, NormalizedText? text, AudioAnalysis? audio, string? normalizedSha256) => new()
    {
        ItemId = item.Id,
        PipelineVersion = scorer.PipelineVersion,
        NormalizerVersion = text?.NormalizerVersion,
        AudioVersion = audio?.Version,
        LanguageVersion = quality.Language is null ? null : scorer.LanguageVersion,
        ScorerVersion = quality.ScorerVersion,
        DisplayText = text?.Display,
        MatchKey = text?.Key,
        Script = text?.Script,
        Language = quality.Language?.Label,
        LanguageProbability = quality.Language?.Probability,
        NormalizedJson = text is null ? null : JsonSerializer.Serialize(new { text.Segments, text.Arabic, text.IsArabizi, text.Replacements }, Json),
        AudioJson = audio is null ? null : JsonSerializer.Serialize(new { audio.Version, audio.Source, audio.Measurements, audio.Flags, audio.Normalized }, Json),
        NormalizedSha256 = normalizedSha256,
        DurationMs = audio is null ? null : (long)Math.Round(audio.Measurements.TrimmedDurationSeconds * 1000),
        Score = quality.Score,
        Decision = quality.Decision,
        FlagsJson = JsonSerializer.Serialize(quality.Flags, Json),
        CreatedAt = DbTime.Format(time.GetUtcNow()),
    };
}
