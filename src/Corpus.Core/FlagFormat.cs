using System.Globalization;

namespace Corpus.Core;

/// <summary>Numbers in flag reasons, written the same way everywhere (invariant culture, -inf for silence).</summary>
internal static class FlagFormat
{
    public static string Number(double value, string format = "0.##") =>
        double.IsNegativeInfinity(value) ? "-inf"
        : double.IsPositiveInfinity(value) ? "inf"
        : value.ToString(format, CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
