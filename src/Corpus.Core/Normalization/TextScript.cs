namespace Corpus.Core.Normalization;

/// <summary>The writing system of a token or text.</summary>
public enum TextScript
{
    None,
    Arabic,
    Latin,
    Tifinagh,
    Mixed,
}
