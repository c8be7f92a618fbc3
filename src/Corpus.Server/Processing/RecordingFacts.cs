using Corpus.Core.Audio;
using Corpus.Core.Storage;

namespace Corpus.Server.Processing;

/// <summary>What the pipeline learned about a recording: its analysis and stored normalized audio, or why it could not be read.</summary>
internal sealed record RecordingFacts(
    AudioAnalysis? Analysis,
    string? Error,
    bool DecoderMissing,
    BlobRef? NormalizedBlob,
    IReadOnlyList<(AudioSegment Segment, BlobRef Blob)> Segments);
