namespace Corpus.Core.Audio;

/// <summary>
/// Splits a long recording into pieces between a minimum and maximum length, cutting in the middle of
/// the longest pause that keeps the current piece within bounds; when a stretch has no pause long
/// enough, it cuts at the quietest frame so no piece exceeds the maximum.
/// </summary>
internal static class PauseSegmenter
{
    /// <returns>Sample ranges [start, end) covering [start, end) of the signal, in order.</returns>
    public static List<(int Start, int End)> Split(VadResult vad, int start, int end, int minSamples, int maxSamples, int minPauseFrames)
    {
        var pieces = new List<(int Start, int End)>();
        if (end - start <= maxSamples)
        {
            pieces.Add((start, end));
            return pieces;
        }

        var pauses = FindPauses(vad, start, end, minPauseFrames);
        var pieceStart = start;
        while (end - pieceStart > maxSamples)
        {
            var earliest = pieceStart + minSamples;
            var latest = Math.Min(pieceStart + maxSamples, end - minSamples);
            var cut = LongestPauseCut(pauses, earliest, latest) ?? QuietestFrameCut(vad, earliest, latest);
            pieces.Add((pieceStart, cut));
            pieceStart = cut;
        }
        pieces.Add((pieceStart, end));
        return pieces;
    }

    private static List<(int Middle, int Length)> FindPauses(VadResult vad, int start, int end, int minPauseFrames)
    {
        var pauses = new List<(int Middle, int Length)>();
        var frameLength = vad.FrameLength;
        var firstFrame = start / frameLength;
        var lastFrame = Math.Min(vad.FrameCount, end / frameLength);
        var runStart = -1;
        for (var f = firstFrame; f <= lastFrame; f++)
        {
            var silent = f < lastFrame && !vad.RawSpeech[f];
            if (silent && runStart < 0) runStart = f;
            if (!silent && runStart >= 0)
            {
                if (f - runStart >= minPauseFrames)
                    pauses.Add(((runStart + f) * frameLength / 2, (f - runStart) * frameLength));
                runStart = -1;
            }
        }
        return pauses;
    }

    private static int? LongestPauseCut(List<(int Middle, int Length)> pauses, int earliest, int latest)
    {
        int? best = null;
        var bestLength = 0;
        foreach (var (middle, length) in pauses)
        {
            if (middle < earliest || middle > latest || length < bestLength) continue;
            best = middle;
            bestLength = length;
        }
        return best;
    }

    private static int QuietestFrameCut(VadResult vad, int earliest, int latest)
    {
        var frameLength = vad.FrameLength;
        var best = latest;
        var quietest = float.MaxValue;
        for (var f = (earliest + frameLength - 1) / frameLength; (f + 1) * frameLength <= latest && f < vad.FrameCount; f++)
        {
            if (vad.EnergiesDb[f] >= quietest) continue;
            quietest = vad.EnergiesDb[f];
            best = f * frameLength + frameLength / 2;
        }
        return best;
    }
}
