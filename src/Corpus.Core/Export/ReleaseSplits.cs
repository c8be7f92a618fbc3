namespace Corpus.Core.Export;

/// <summary>The three splits of every release, in the order they are written.</summary>
public static class ReleaseSplits
{
    public const string Train = "train";
    public const string Dev = "dev";
    public const string Test = "test";

    public static readonly IReadOnlyList<string> All = [Train, Dev, Test];

    /// <summary>Where a split comes in <see cref="All"/>, for ordering rows split by split.</summary>
    public static int OrderOf(string split) => split switch
    {
        Train => 0,
        Dev => 1,
        Test => 2,
        _ => 3,
    };
}
