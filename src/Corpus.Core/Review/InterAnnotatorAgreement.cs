namespace Corpus.Core.Review;

/// <summary>
/// How much annotators agree: over <paramref name="Items"/> decided by at least two of them, the share of agreeing
/// pairs and Krippendorff's alpha (1 perfect, 0 no better than chance; null when every label is the same).
/// </summary>
public sealed record InterAnnotatorAgreement(int Items, double? PairwiseAgreement, double? KrippendorffAlpha);
