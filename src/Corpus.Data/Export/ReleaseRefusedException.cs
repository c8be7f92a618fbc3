namespace Corpus.Data.Export;

/// <summary>A release that cannot be built as asked; the message says why and what to do instead.</summary>
public sealed class ReleaseRefusedException(string message) : Exception(message);
