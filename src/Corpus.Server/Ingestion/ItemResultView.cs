using System.Text.Json;
using Corpus.Data.Processing;

namespace Corpus.Server.Ingestion;

/// <summary>What the pipeline in force made of an item: normalized forms, measurements, score, flags.</summary>
public sealed record ItemResultView(
    string PipelineVersion,
    string ScorerVersion,
    string? NormalizerVersion,
    string? AudioVersion,
    string? LanguageVersion,
    string? Display,
    string? MatchKey,
    string? Script,
    string? Language,
    double? LanguageProbability,
    JsonElement? Normalized,
    JsonElement? Audio,
    string? NormalizedAudioSha256,
    long? DurationMs,
    double Score,
    string Decision,
    JsonElement Flags,
    string? DuplicateOf,
    string ProcessedAt)
{
    public static ItemResultView From(ResultRecord r) => new(
        r.PipelineVersion, r.ScorerVersion, r.NormalizerVersion, r.AudioVersion, r.LanguageVersion, r.DisplayText, r.MatchKey,
        r.Script, r.Language, r.LanguageProbability, Parse(r.NormalizedJson), Parse(r.AudioJson), r.NormalizedSha256, r.DurationMs,
        r.Score, r.Decision, Parse(r.FlagsJson)!.Value, r.DuplicateOf, r.CreatedAt);

    private static JsonElement? Parse(string? json)
    {
        if (json is null) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
