namespace Corpus.Data.Moving;

/// <summary>How a move ended (a refused move throws <see cref="MoveRefusedException"/> instead).</summary>
public enum MoveOutcome
{
    /// <summary>Everything copied, and every count and blob checksum matched.</summary>
    Verified,

    /// <summary>The copy finished but the verification found differences; they were printed.</summary>
    Differs,

    /// <summary>Stopped on purpose before the end (<see cref="MoveOptions.StopAfterRows"/>); a new run finishes the job.</summary>
    Stopped,
}
