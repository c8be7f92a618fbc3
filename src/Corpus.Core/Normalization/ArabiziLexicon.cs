namespace Corpus.Core.Normalization;

/// <summary>
/// Word lists for telling Darija in Latin letters from French and English. Words that are common in
/// both (la, ma, fin, men) are in neither list.
/// </summary>
internal static class ArabiziLexicon
{
    private static readonly HashSet<string> Darija = Words("""
        wach wash wech wesh wx nta nti ntia ntiya ntina ntuma ntouma ntoma ntoman howa houwa huwa hwa hiya hia huma homa
        houma hna hnaya ana hnaa bikhir labas lbas lbass dyal dial diyal dyl dayl dyali dyalek dyalk dyalo dyalha dyalhom
        dyalna dyalkom ghadi ghad ghadya ghadin ghir ghi rir hir bzaf bzzaf bezaf bezzaf bzf wakha wakhkha wkha daba dba db
        dghya dghiya chno chnou chnu achno chkoun chkun chkon chhal xhal kifach kifash kifch kifax mnin fayn imta fach fax
        melli mli mlli mzyan mzian mezyan mezian mzyana mzn zwin zwina zwine khoya khouya khuya khti khtk sahbi sahbti
        sahbty wlah wllah wallah wallahi wlh inchallah inshallah nchallah nchalah inchaalah hamdullah hamdoulah
        lhamdulilah lhamdolilah hamdolilah safi rah raha rahi rani rak raki rakom walo walou hadchi hadshi hadxi hadch
        hada hadi hadak hadik hadou hadok dak dik dok dkxi dakchi dakxi kayn kayna kaynin kayen kynin makaynch makaynsh
        machi mashi maxi chi xi chwiya chwia shwiya chwya bghit bghiti bghina bghaw bghat nbghik kanbghik knbghik bnadem
        drari derri bnat wlad lwalid lwalida flous flouss lflous kolchi kolshi kulchi koulchi kolxi walakin walakine ila
        yallah yalah allah rabi rebbi yarbi yarabi iwa iwaa ewa chokran choukran shukran besslama bslama beslama bsslama mrhba marhba salam slm llah
        nchof nchouf chouf chof shouf chofi choufi galt galik gali galo galou kant kanet kanu kano knt tbarkallah
        tbarklah tbarkalah mabrouk mbrok mabrok sbah lkhir lkhier mselkhir hchouma ghda lbarah lyoum lyom liom nhar
        kaydir katdir kandir ndir dirha siri sirou jit jat jaw mchit mcha mchat mchaw mchina mchiti nmchi tmchi lhna tma
        temma tema fhad fhal bhal kima kifma bach bax baxi bx xno xnou axno akhay akhouya lalla sidi khoti smahli smhli
        nchofo ndiro gha ghan mazal mazel baqi lahoma ykon ykoun tkon tkoun nkon nkoun kolhom kamlin kamla bzaaf zaf aji
        ajiw khassni khass khas khasso khassek fiha fih fik fiya fina fihom liya lia lya lih liha lina likom lihom lik likoum biya bik bih biha bina
        mochkil moxkil mochkila khayb khayba fhmti fhamti wlat wla wila bezf hadok ghayb kolxi matb9ach dyalkoum bazaf bazzaf li dima kif lhmd mzl
        fin fen wa awa mara malk malek achmen achman axmen chehal goliya golia gheda lyoma lyouma dar kla doz simana
        khlas khalas tani ri ra hakak haka hakda hakka zin
        """);

    private static readonly HashSet<string> Foreign = Words("""
        je tu il elle on nous vous ils elles le les un une des du de et mais donc car est suis sont avec pour
        par dans sur pas plus tres bien bon bonne merci oui non ce cette ces qui que quoi comment pourquoi quand
        tout tous toute toutes moi toi lui mon mes ton tes son ses notre votre leur ai avons avez ont fait faire va
        vais vas bravo super top cool vraiment aussi encore deja rien jamais toujours peut veux voir aller
        the an and or but is are was were be been to of in at for with you he she it we they this that these those
        my your his her our their not no yes ok okay love good very so what how why who when where all can will
        have has do does did from one me just like nice thanks thank please sorry hello hi bye king queen best
        life god day time people thing world video channel music song
        telephone portable voiture travail probleme normal normalement bonjour bonsoir salut bravo courage famille
        cadeau stage boulot examen cours prof ecole lycee fac taxi tram bus train gare hopital pharmacie medecin
        docteur ville quartier maison appartement cafe restaurant equipe photo page compte message internet wifi
        facebook instagram youtube tiktok whatsapp google application app site juste sans chez contre entre depuis
        pendant avant apres peut etre avoir faut mieux meme comme alors voila dh dhs km kg euro euros dollar
        ans btw wtf fml ngl tbh omg lol mdr ptdr jpp stp svp dsl bcp pk pq tkt mtn cv www pls thx idk smh brb
        """);

    private static readonly string[] ForeignEndings = ["tion", "ment", "eux", "eur", "eurs", "ique", "iques", "aire", "oire", "eau", "eaux", "ing", "ness"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DarijaLookup = Darija.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignLookup = Foreign.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same words with doubled letters written once, so bzzaf, bazzaf and bzaaf all find bzaf.
    private static readonly HashSet<string> DarijaSqueezed = new(Darija.Select(Squeezed), StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DarijaSqueezedLookup = DarijaSqueezed.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A common Darija word written in Latin letters without digits (wach, bzaf, daba).</summary>
    public static bool IsDarijaWord(ReadOnlySpan<char> lowerWord)
    {
        if (DarijaLookup.Contains(lowerWord)) return true;
        if (lowerWord.Length > 64) return false;
        Span<char> squeezed = stackalloc char[lowerWord.Length];
        return DarijaSqueezedLookup.Contains(squeezed[..Squeeze(lowerWord, squeezed)]);
    }

    private static string Squeezed(string word)
    {
        var squeezed = new char[word.Length];
        return new string(squeezed, 0, Squeeze(word, squeezed));
    }

    private static int Squeeze(ReadOnlySpan<char> word, Span<char> squeezed)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (length == 0 || squeezed[length - 1] != c) squeezed[length++] = c;
        }
        return length;
    }

    /// <summary>A French or English word: a frequent one, one with French accents, or a telling ending.</summary>
    public static bool IsForeign(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (DarijaLookup.Contains(lower) || lower.IndexOfAnyInRange('0', '9') >= 0) return false;
        if (ForeignLookup.Contains(lower) || IsFrenchElision(lower) || IsAcronym(word)) return true;
        // Darija writes its article and genitive the French way too (l'bled, d'casa): judge the word itself.
        if (lower.Length > 2 && lower[0] is 'l' or 'd' && lower[1] is '\'' or '’') return IsForeign(word[2..]);
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

    // TV, PC, SMS, BMW: short, all capitals, no vowel.
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 5) return false;
        foreach (var c in word)
        {
            if (c is < 'A' or > 'Z' or 'A' or 'E' or 'I' or 'O' or 'U') return false;
        }
        return true;
    }

    // j'ai, l'air, n'est, qu'il: a French clitic glued on with an apostrophe.
    private static bool IsFrenchElision(ReadOnlySpan<char> lower) =>
        (lower.Length > 2 && lower[1] is '\'' or '’' && lower[0] is 'c' or 'j' or 'm' or 'n' or 's' or 't')
        || (lower.Length > 3 && lower.StartsWith("qu") && lower[2] is '\'' or '’');

    private static HashSet<string> Words(string list) =>
        new(list.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
