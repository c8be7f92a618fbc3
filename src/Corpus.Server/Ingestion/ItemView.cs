using Corpus.Data.Ingestion;
using Corpus.Data.Processing;

namespace Corpus.Server.Ingestion;

/// <summary>An item as its owner or an annotator sees it; <see cref="Text"/> is the raw form, unchanged.</summary>
public sealed record ItemView(
    string Id,
    string Kind,
    string State,
    string? ContributorId,
    string? Text,
    string? Source,
    string? Licence,
    string? Platform,
    string? PostedAt,
    string? Url,
    string? PromptId,
    AudioView? Audio,
    string? ParentId,
    string CreatedAt,
    string UpdatedAt,
    ItemResultView? Result)
{
    public static ItemView From(ItemRecord item, ResultRecord? result = null) => new(
        item.Id, item.Kind, item.State, item.ContributorId, item.RawText, item.Source, item.Licence, item.Platform,
        item.PostedAt, item.Url, item.PromptId, AudioView.From(item), item.ParentId, item.CreatedAt, item.UpdatedAt,
        result is null ? null : ItemResultView.From(result));
}

/// <summary>The stored original recording: its container and, for WAV, what its header says.</summary>
public sealed record AudioView(string Format, string Sha256, long Size, long? SampleRate, long? Channels, long? BitsPerSample, long? DurationMs)
{
    public static AudioView? From(ItemRecord item) => item.BlobSha256 is null
        ? null
        : new AudioView(item.AudioFormat ?? "unknown", item.BlobSha256, item.BlobSize ?? 0, item.AudioSampleRate, item.AudioChannels, item.AudioBits, item.AudioDurationMs);
}
