namespace Corpus.Core.Ingestion;

/// <summary>The optional self-described demographics a contributor may share; the allowed values.</summary>
public static class Demographics
{
    public static readonly IReadOnlyList<string> AgeBrackets =
        ["teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    public static readonly IReadOnlyList<string> Genders =
        ["female", "male", "other", "undisclosed"];

    /// <summary>The twelve regions of Morocco, and "abroad" for the diaspora.</summary>
    public static readonly IReadOnlyList<string> Regions =
    [
        "tanger-tetouan-al-hoceima", "oriental", "fes-meknes", "rabat-sale-kenitra", "beni-mellal-khenifra",
        "casablanca-settat", "marrakech-safi", "draa-tafilalet", "souss-massa", "guelmim-oued-noun",
        "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab", "abroad",
    ];

    /// <summary>Languages a contributor may say they speak (ISO 639-3 where one exists).</summary>
    public static readonly IReadOnlyList<string> Languages =
        ["ary", "arb", "fra", "eng", "spa", "zgh", "tzm", "shi", "rif", "hassaniya"];
}
