namespace Corpus.Core.Normalization;

/// <summary>
/// Whole words whose Arabic spelling is fixed by usage rather than by the letter rules: religious
/// formulas, and words where Latin "h" or "s" stands for ح or ص. Looked up before the rules apply.
/// </summary>
internal static class ArabiziSpellings
{
    private static readonly (string Arabic, string LatinForms)[] Entries =
    [
        ("الله", "allah alah llah lah allaah"),
        ("اللهم", "lahoma allahoma allahuma"),
        ("والله", "wallah wlah wllah wlh walah wallahi"),
        ("إن شاء الله", "inchallah inshallah nchallah nchalah inchaalah incha2allah"),
        ("الحمد لله", "hamdullah hamdoulah lhamdulilah lhamdolilah hamdolilah l7amdolilah l7amdulillah lhamdullah"),
        ("بسم الله", "bismillah bsmlah"),
        ("تبارك الله", "tbarkallah tbarklah tbarkalah tbarkellah"),
        ("ربي", "rabi rabbi rebbi"),
        ("يا ربي", "yarbi yarabi yarabbi"),
        ("سلام", "salam slm"),
        ("شكرا", "choukran chokran shukran chokrane"),
        ("مبروك", "mabrouk mbrok mabrok"),
        ("واحد", "wahd wahed"),
        ("حاجة", "haja"),
        ("بحال", "bhal"),
        ("حتى", "hta hetta"),
        ("شوية", "chwiya chwia chwya"),
        ("سمحلي", "smahli smhli"),
        ("صافي", "safi"),
        ("صاحبي", "sahbi sa7bi"),
        ("حشومة", "hchouma hchoma"),
        ("صباح", "sbah"),
    ];

    private static readonly Dictionary<string, string> ByLatin = Build();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByLatin.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> lowerWord, out string arabic) => Lookup.TryGetValue(lowerWord, out arabic!);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (arabic, forms) in Entries)
        {
            foreach (var latin in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[latin] = arabic;
        }
        return map;
    }
}
