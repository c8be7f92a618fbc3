using Corpus.Core.Audio;

namespace Corpus.Core.Quality;

/// <summary>
/// A recording as the scorer judges it: its length and the audio flags the audio analysis raised
/// (thresholds live in <see cref="AudioOptions"/> only), or why it could not be decoded.
/// </summary>
/// <param name="DurationSeconds">Length after trimming; 0 for a file without samples.</param>
/// <param name="Flags">The audio analysis' flags; reject-severity flags reject the item.</param>
/// <param name="DecodeError">Why the file could not be decoded, when it could not.</param>
public sealed record AudioSignalInput(double DurationSeconds, IReadOnlyList<AudioFlag> Flags, string? DecodeError = null)
{
    public static AudioSignalInput From(AudioAnalysis analysis) => new(analysis.Measurements.TrimmedDurationSeconds, analysis.Flags);

    public static AudioSignalInput Undecodable(string reason) => new(0, [], reason);
}
