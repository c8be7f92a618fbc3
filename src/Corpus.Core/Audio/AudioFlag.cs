namespace Corpus.Core.Audio;

/// <summary>One failed quality check: what was measured, the threshold it crossed, and why that matters.</summary>
public sealed record AudioFlag(string Name, double Value, double Threshold, string Reason, AudioFlagSeverity Severity);
