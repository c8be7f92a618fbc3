namespace Corpus.Core.Audio;

/// <summary>What the upload was before normalization: container, codec, rate and channel count (0 when ffmpeg did not say).</summary>
public sealed record AudioSourceFormat(AudioContainer Container, string Codec, int SampleRate, int Channels);
