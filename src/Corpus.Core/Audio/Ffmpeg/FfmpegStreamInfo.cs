using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Core.Audio.Ffmpeg;

/// <summary>Reads the codec, rate and channel layout of the first input audio stream from ffmpeg's stderr.</summary>
internal static partial class FfmpegStreamInfo
{
    public static (string Codec, int SampleRate, int Channels)? Parse(string stderr)
    {
        var outputStart = stderr.IndexOf("Output #0", StringComparison.Ordinal);
        var inputPart = outputStart >= 0 ? stderr[..outputStart] : stderr;
        var match = AudioStreamLine().Match(inputPart);
        if (!match.Success) return null;
        var rate = int.TryParse(match.Groups["rate"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
        return (match.Groups["codec"].Value, rate, ChannelCount(match.Groups["layout"].Value.Trim()));
    }

    /// <summary>The last few stderr lines, which is where ffmpeg says what went wrong.</summary>
    public static string ErrorSummary(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var summary = string.Join(" / ", lines.TakeLast(3));
        return summary.Length > 600 ? summary[^600..] : summary;
    }

    private static int ChannelCount(string layout)
    {
        var plain = layout.Split('(')[0];
        switch (plain)
        {
            case "mono": return 1;
            case "stereo" or "downmix": return 2;
            case "2.1" or "3.0": return 3;
            case "quad" or "4.0" or "3.1": return 4;
            case "5.0" or "4.1": return 5;
            case "5.1" or "6.0": return 6;
            case "6.1" or "7.0": return 7;
            case "7.1": return 8;
        }
        var channels = ChannelsWord().Match(plain);
        return channels.Success ? int.Parse(channels.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"Stream #0:\d+[^:]*: Audio: (?<codec>[\w\-]+)[^,\n]*, (?<rate>\d+) Hz, (?<layout>[^,\n]+)")]
    private static partial Regex AudioStreamLine();

    [GeneratedRegex(@"^(\d+) channels")]
    private static partial Regex ChannelsWord();
}
