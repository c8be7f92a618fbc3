namespace Corpus.Core.Ingestion;

/// <summary>What a volunteer or importer can submit.</summary>
public static class ItemKinds
{
    public const string Text = "text";
    public const string Social = "social";
    public const string Recording = "recording";
}
