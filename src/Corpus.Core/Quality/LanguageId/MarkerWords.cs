using System.Collections.Frozen;

namespace Corpus.Core.Quality.LanguageId;

/// <summary>
/// Words that almost only Darija, or almost only Modern Standard Arabic, uses. Arabic entries are in
/// match-key form (alef, ta marbuta and alef maqsura folded); Latin entries are lower-case display tokens.
/// </summary>
internal static class MarkerWords
{
    private static readonly FrozenSet<string> DarijaSet = FrozenSet.Create(StringComparer.Ordinal,
        // DESIGN.md §4 list, both scripts
        "ديال", "غادي", "علاش", "بزاف", "شحال", "واخا", "فهاد", "عافاك", "راه",
        "dyal", "ghadi", "3lach", "bzaf", "ch7al", "wakha", "daba",
        // common spellings and close relatives
        "دابا", "واش", "شنو", "كيفاش", "مزيان", "بغيت", "ماشي", "هادشي", "داكشي", "والو", "ديالي", "ديالك",
        "ديما", "صافي", "حيت", "كاين", "كاينه", "هاد", "بزااف", "شكون", "فين", "دياله", "ديالو", "اللي", "كنبغي", "بغا",
        "dial", "diyal", "dyali", "dyalk", "gha", "3lache", "bzzaf", "bzf", "chhal", "ch7al", "xhal", "waxa",
        "db", "wach", "wax", "chno", "achno", "xno", "kifach", "kifax", "mzyan", "mzyana", "bghit", "machi",
        "hadchi", "hadxi", "dakchi", "walo", "walou", "kayn", "kayna", "7it", "safi", "rah", "fhad", "3afak",
        "chkoun", "chkon", "ghir", "dima", "bzaaf", "chwiya", "chwia", "bezzaf");

    private static readonly FrozenSet<string> StandardArabicSet = FrozenSet.Create(StringComparer.Ordinal,
        "الذي", "التي", "الذين", "اللذان", "اللتان", "هذا", "هذه", "ذلك", "تلك", "سوف", "لقد", "ليس", "لم",
        "لن", "هل", "ماذا", "لماذا", "اين", "متي", "جدا", "الان", "يجب", "يمكن", "عندما", "حيث", "ايضا",
        "انني", "لدي", "لديك", "لديه", "عليك", "سيكون", "انه", "انها", "ربما", "منذ", "اذا", "فقط", "لديهم",
        "كذلك", "بينما", "لعل", "ليت", "اريد", "تريد", "نحن", "انت", "هو", "هي");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Darija =
        DarijaSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StandardArabic =
        StandardArabicSet.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsDarija(ReadOnlySpan<char> token) => Darija.Contains(token);

    public static bool IsStandardArabic(ReadOnlySpan<char> token) => StandardArabic.Contains(token);
}
