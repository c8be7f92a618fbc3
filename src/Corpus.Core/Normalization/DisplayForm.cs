using System.Buffers;

namespace Corpus.Core.Normalization;

/// <summary>DESIGN.md §3 steps 1-10 in order, over pooled buffers.</summary>
internal static class DisplayForm
{
    public static string Build(string raw, TextKind kind, char darijaG, ReplacementTally tally)
    {
        var text = kind == TextKind.Social ? HtmlText.Unescape(raw) : raw;
        var folded = ArrayPool<char>.Shared.Rent(CharacterFolder.Capacity(text.Length));
        try
        {
            var length = CharacterFolder.Fold(text, folded, darijaG, nfkcApplied: false, tally);
            if (length < 0)
            {
                // A composing mark, or compatibility mappings too long for the buffer: full NFKC first.
                text = NfkcFolder.Fold(text);
                var larger = ArrayPool<char>.Shared.Rent(CharacterFolder.Capacity(text.Length));
                ArrayPool<char>.Shared.Return(folded);
                folded = larger;
                length = CharacterFolder.Fold(text, folded, darijaG, nfkcApplied: true, tally);
            }
            if (kind == TextKind.Social)
            {
                var cleaned = SocialCleaner.Clean(new string(folded, 0, length), tally);
                return Finish(cleaned, tally);
            }
            return Finish(folded.AsSpan(0, length), tally);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    private static string Finish(ReadOnlySpan<char> text, ReplacementTally tally)
    {
        var finished = ArrayPool<char>.Shared.Rent(FinishingPass.Capacity(text.Length));
        try
        {
            var length = FinishingPass.Finish(text, finished, tally);
            return new string(finished, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(finished);
        }
    }
}
