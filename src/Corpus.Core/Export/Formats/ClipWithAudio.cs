namespace Corpus.Core.Export.Formats;

/// <summary>A clip with its WAV bytes loaded, alive only while its row group is written.</summary>
internal sealed record ClipWithAudio(ReleaseClipRow Clip, byte[] Wav);
