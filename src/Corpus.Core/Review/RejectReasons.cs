namespace Corpus.Core.Review;

/// <summary>Why an annotator rejects an item (DESIGN §5).</summary>
public static class RejectReasons
{
    public static readonly IReadOnlyList<string> All =
        ["wrong_language", "bad_audio", "misread", "offensive", "pii", "duplicate", "other"];
}
