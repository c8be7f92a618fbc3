using System.Buffers;

namespace Corpus.Core.Normalization;

/// <summary>Builds the match key (DESIGN.md §3) from a display form in one pass over a lookup table.</summary>
internal static class MatchKeyBuilder
{
    public static string Build(ReadOnlySpan<char> display)
    {
        var rented = ArrayPool<char>.Shared.Rent(display.Length);
        try
        {
            var written = Build(display, rented);
            return new string(rented, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    public static int Build(ReadOnlySpan<char> display, Span<char> destination)
    {
        var targets = MatchKeyTable.Targets;
        var written = 0;
        var pendingSeparator = false;
        for (var i = 0; i < display.Length; i++)
        {
            var target = targets[display[i]];
            if (target == MatchKeyTable.Dropped) continue;
            if (target == MatchKeyTable.Separator || char.IsSurrogate(target))
            {
                // Supplementary characters here are emoji and symbols: they separate words.
                pendingSeparator = true;
                continue;
            }
            if (pendingSeparator && written > 0) destination[written++] = ' ';
            pendingSeparator = false;
            destination[written++] = target;
        }
        return written;
    }
}
