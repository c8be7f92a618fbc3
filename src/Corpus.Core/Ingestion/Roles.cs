namespace Corpus.Core.Ingestion;

/// <summary>What a bearer token may do.</summary>
public static class Roles
{
    public const string Contributor = "contributor";
    public const string Annotator = "annotator";
    public const string Researcher = "researcher";
    public const string Importer = "importer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Contributor, Annotator, Researcher, Importer, Admin];
}
