namespace Corpus.Core.Quality.LanguageId;

/// <summary>One labelled training sentence.</summary>
public sealed record LanguageSeed(string Label, string Text);
