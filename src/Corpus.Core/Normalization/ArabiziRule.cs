namespace Corpus.Core.Normalization;

/// <summary>One transliteration rule: these Latin letters, in this position, are written this way.</summary>
/// <param name="Latin">Lower case, except the emphatic capitals S D T Z H.</param>
/// <param name="Arabic">The Arabic-script spelling; empty drops the letters (a schwa "e").</param>
/// <param name="Where">The positions in the word where the rule applies.</param>
/// <param name="Geminates">True for consonants, whose doubling is written with a shadda.</param>
internal sealed record ArabiziRule(string Latin, string Arabic, RulePosition Where, bool Geminates);
