namespace Corpus.Core.Normalization;

/// <summary>
/// Word lists for telling Darija in Latin letters from French and English. Words that are common in
/// both (la, ma, fin, men) are in neither list.
/// </summary>
internal static class ArabiziLexicon
{
    private static readonly HashSet<string> Darija = Words("""
        wach wash wech wesh nta nti ntia ntiya ntuma ntouma ntoma nhar howa houwa huwa hiya hia huma homa houma hna
        bikhir labas lbas dyal dial diyal dyali dyalek dyalk dyalo dyalha dyalhom dyalna ghadi ghad ghadya ghadin
        ghir ghi bzaf bzzaf bezaf bzf wakha wakhkha wkha daba dba dghya dghiya chno chnou chnu chnoo achno ashno
        chkoun chkun chkon chhal ch7al kifach kifash kifch mnin fayn imta fach fash melli mli mlli mzyan mzian
        mezyan mezian mzyana mzn zwin zwina zwine khoya khouya khuya khti khtk sahbi sahbti wlah wllah wallah wallahi
        wlh inchallah inshallah nchallah nchalah inchaalah hamdullah hamdoulah lhamdulilah lhamdolilah hamdolilah
        safi rah raha rahi rani rak raki rakom walo walou hadchi hadshi hada hadi hadak hadik hadou hadok hadik dak
        kayn kayna kaynin kayen makaynch makaynsh makayn machi mashi maxi chi xi chwiya chwia shwiya chwya bghit
        bghiti bghina bghaw bghat nbghik kanbghik bnadem drari derri bnat bent weld wlad lwalid lwalida flous flouss
        kolchi kolshi kulchi koulchi kolxi walakin walakine walakin ila yallah yalah yak yakma chokran choukran shukran
        besslama bslama beslama bsslama mrhba marhba salam slm llah nchof nchouf chouf chof shouf chofi choufi gal galt
        galik gali galo galou qal kant kanet kanu kano kano tbarkallah tbarklah tbarkalah mabrouk mbrok mabrok sbah
        lkhir lkhier msa mselkhir hchouma ghda lbar7 lbare7 lyoum lyom nhar lila kaydir katdir kandir ndir dir dirha
        sir siri sirou jit jat jaw mchit mcha mchat mchaw mchina nmchi hadchi lhna tma temma tema fhad fhal bhal
        kima kifma bach bax baxi dakchi dakxi hadxi xno xnou ach axno akhay akhouya lalla sidi khoti smahli smhli
        nchofo ndiro gha ghan ghatdir ghadir mab9ach mazal mazel baqi ba9i lah lahoma l3afou wkan ykon ykoun tkon
        tkoun nkon nkoun kolhom kamlin kamla bezzaf bzaaf zaf
        """);

    private static readonly HashSet<string> Foreign = Words("""
        je tu il elle on nous vous ils elles le les un une des du de et mais donc car est suis sont avec pour
        par dans sur pas plus tres bien bon bonne merci oui non ce cette ces qui que quoi comment pourquoi quand
        tout tous toute toutes moi toi lui mon mes ton tes son ses notre votre leur ai avons avez ont fait faire va
        vais vas bravo super top cool vraiment aussi encore deja rien jamais toujours peut veux voir aller
        the an and or but is are was were be been to of in at for with you he she it we they this that these those
        my your his her our their not no yes ok okay love good very so what how why who when where all can will
        have has do does did from one me just like nice thanks thank please sorry hello hi bye king queen best
        life god day time people man thing world video channel music song
        """);

    private static readonly string[] ForeignEndings = ["tion", "ment", "eux", "eur", "eurs", "ique", "iques", "aire", "oire", "eau", "eaux", "ing", "ness", "ous", "ful"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DarijaLookup = Darija.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignLookup = Foreign.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A common Darija word written in Latin letters without digits (wach, bzaf, daba).</summary>
    public static bool IsDarijaWord(ReadOnlySpan<char> lowerWord) => DarijaLookup.Contains(lowerWord);

    /// <summary>A French or English word: a frequent one, one with French accents, or a telling ending.</summary>
    public static bool IsForeign(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (DarijaLookup.Contains(lower) || lower.IndexOfAnyInRange('0', '9') >= 0) return false;
        if (ForeignLookup.Contains(lower)) return true;
        foreach (var c in lower)
        {
            if (c > '\u007F') return true;
        }
        if (lower.Length < 6) return false;
        foreach (var ending in ForeignEndings)
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static HashSet<string> Words(string list) =>
        new(list.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
