using System.Globalization;

namespace Corpus.Core.Export.Card;

/// <summary>Numbers as the card and its charts print them: invariant culture, hours with two decimals.</summary>
internal static class CardNumbers
{
    private const double MillisecondsPerHour = 3_600_000d;

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static string Hours(double hours) => hours.ToString("0.00", CultureInfo.InvariantCulture);

    public static double HoursOf(long durationMs) => durationMs / MillisecondsPerHour;

    /// <summary>SVG coordinates: short, invariant, no exponent.</summary>
    public static string Coordinate(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
