using System.Globalization;
using System.Text;
using FluentValidation;

namespace Corpus.Server.Ingestion;

/// <summary>Validation rules shared by every field that carries Darija text.</summary>
internal static class TextRules
{
    public static IRuleBuilderOptions<T, string?> IsDarijaText<T>(this IRuleBuilderInitial<T, string?> rule, int maxLength) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(HasVisibleContent).WithMessage("must not be empty or only whitespace")
            .Must(IsWellFormed).WithMessage("is not valid Unicode (it contains an unpaired surrogate)")
            .Must(t => CodePoints(t!) <= maxLength).WithMessage($"must be at most {maxLength} characters");

    public static IRuleBuilderOptions<T, string?> IsShortLabel<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(v => v is null || (v.Length <= maxLength && !string.IsNullOrWhiteSpace(v) && IsWellFormed(v)))
            .WithMessage($"must be 1-{maxLength} characters when given");

    public static IRuleBuilderOptions<T, string?> IsLicence<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[A-Za-z0-9.+-]{1,64}$").WithMessage("must be an SPDX licence identifier such as CC0-1.0 or CC-BY-4.0");

    public static bool HasVisibleContent(string? text)
    {
        if (text is null) return false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune)) continue;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control) continue;
            return true;
        }
        return false;
    }

    public static bool IsWellFormed(string? text)
    {
        if (text is null) return true;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes()) count++;
        return count;
    }
}
