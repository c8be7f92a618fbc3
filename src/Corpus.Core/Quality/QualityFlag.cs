using System.Text.Json.Serialization;

namespace Corpus.Core.Quality;

/// <summary>One reason an item needs a look (or was rejected): what was measured against which threshold.</summary>
/// <param name="Name">A stable snake_case name such as <c>not_darija</c> or <c>clipping</c> (see <see cref="QualityFlags"/>).</param>
/// <param name="Reason">A sentence for annotators with the measured values.</param>
public sealed record QualityFlag(string Name, string Reason, double? Measured, double? Threshold)
{
    /// <summary>True when this flag alone rejects the item (a hard failure raised by the audio analysis).</summary>
    [JsonIgnore]
    public bool Rejects { get; init; }
}
