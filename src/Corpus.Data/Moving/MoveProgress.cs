namespace Corpus.Data.Moving;

/// <summary>Rows committed so far in one step of a move; <see cref="Done"/> once the step has finished.</summary>
public readonly record struct MoveProgress(string Step, long Rows, bool Done = false);
