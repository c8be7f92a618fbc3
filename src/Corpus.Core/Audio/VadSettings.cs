namespace Corpus.Core.Audio;

/// <summary>Frame length, thresholds and hangover of the energy VAD.</summary>
internal sealed record VadSettings(int FrameMs, double AbsoluteFloorDbfs, double MarginDb, int HangoverMs);
