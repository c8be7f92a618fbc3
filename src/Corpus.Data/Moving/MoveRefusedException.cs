namespace Corpus.Data.Moving;

/// <summary>The move cannot start or continue without risking data: the target or the source is not what a move expects.</summary>
public sealed class MoveRefusedException(string message) : Exception(message);
