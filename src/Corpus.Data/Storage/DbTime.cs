using System.Globalization;

namespace Corpus.Data.Storage;

/// <summary>Timestamps are stored as fixed-width ISO 8601 UTC text, which sorts correctly on every database.</summary>
public static class DbTime
{
    private const string Format_ = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(Format_, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseOrNull(string? value) => value is null ? null : Parse(value);
}
