namespace Corpus.Core.Normalization;

/// <summary>Pictographic code points counted as emoji (an approximation of Extended_Pictographic).</summary>
internal static class EmojiRanges
{
    public static bool IsBmpEmoji(int c) =>
        c is >= 0x2600 and <= 0x27BF
          or >= 0x231A and <= 0x23FF
          or >= 0x2B05 and <= 0x2B55
          or 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0x3030 or 0x303D or 0x3297 or 0x3299;

    /// <summary>Supplementary emoji, skin-tone modifiers and regional indicators excluded.</summary>
    public static bool IsSupplementaryEmoji(int codePoint) =>
        codePoint is >= 0x1F000 and <= 0x1FAFF
        && !IsSkinTone(codePoint) && !IsRegionalIndicator(codePoint);

    public static bool IsSkinTone(int codePoint) => codePoint is >= 0x1F3FB and <= 0x1F3FF;

    public static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;
}
