namespace Corpus.Core.Normalization;

/// <summary>What a raw text is: plain text, or a social post that also gets PII and markup cleaning.</summary>
public enum TextKind
{
    Text,
    Social,
}
