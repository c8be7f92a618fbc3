namespace Corpus.Core.Audio.Ffmpeg;

/// <summary>What one ffmpeg run produced: exit code, stdout bytes, and the tail of stderr.</summary>
internal sealed record FfmpegRun(int ExitCode, MemoryStream Output, string Stderr);
