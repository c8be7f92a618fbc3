namespace Corpus.Core.Export.Card;

/// <summary>The label a card shows for an optional value: the value, or "not given".</summary>
internal static class CardLabel
{
    public const string NotGiven = "not given";

    public static string Of(string? value) => string.IsNullOrWhiteSpace(value) ? NotGiven : value.Trim();
}
