using Corpus.Core.Normalization;

namespace Corpus.Core.Tests.Normalization;

/// <summary>Golden tests for the display form, one group per step of DESIGN.md §3.</summary>
[TestFixture]
public sealed class DisplayFormTests
{
    private static string Display(string raw) => TextNormalizer.Display(raw, TextKind.Text);

    // Step 2: NFKC.
    [TestCase("\uFEFB", "لا", TestName = "Display_LamAlefLigature_BecomesLamAlef")]
    [TestCase("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E", "مرحبا", TestName = "Display_PresentationForms_BecomeLetters")]
    [TestCase("\uFDF2", "الله", TestName = "Display_AllahLigature_BecomesLettersWithoutShadda")]
    [TestCase("\U0001D5EE\U0001D5FF\U0001D5EE\U0001D5F3", "araf", TestName = "Display_MathBoldLetters_BecomePlainLatin")]
    [TestCase("ＷＡＣＨ", "WACH", TestName = "Display_FullwidthLatin_BecomesAscii")]
    [TestCase("\u0627\u0654\u0646\u0627", "أنا", TestName = "Display_AlefWithCombiningHamza_ComposesToHamzaAlef")]
    [TestCase("cafe\u0301", "café", TestName = "Display_CombiningAcute_Composes")]
    public void Display_Nfkc(string raw, string expected) => Assert.That(Display(raw), Is.EqualTo(expected));

    // Step 3: invisible and bidi controls, exotic spaces, ZWJ only inside emoji.
    [TestCase("\u202Bراه\u202C \u200Fجا\u200E", "راه جا")]
    [TestCase("\u2067واش\u2069 \u2066ok\u2069", "واش ok")]
    [TestCase("\uFEFFسلام", "سلام")]
    [TestCase("ma\u00ADchi za\u200Bwin", "machi zawin")]
    [TestCase("bzaf\u00A0\u00A0daba\u2003wa\u202Fkha\u3000safi\u205Fok", "bzaf daba wa kha safi ok")]
    [TestCase("سلا\u200Dم", "سلام")]
    public void Display_InvisibleAndBidiControls_AreRemoved(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    [Test]
    public void Display_ZeroWidthJoinerInsideEmojiSequence_IsKept()
    {
        const string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
        Assert.That(Display($"l3a2ila {family}"), Is.EqualTo($"l3a2ila {family}"));
    }

    // Step 4: tatweel and Arabic marks.
    [TestCase("مـــــزيان", "مزيان")]
    [TestCase("كَتَبَ الوَلَدُ", "كتب الولد")]
    [TestCase("الرَّحْمٰنِ", "الرحمن")]
    [TestCase("صلى الله عليه وسلم\u0610", "صلى الله عليه وسلم")]
    [TestCase("ذَٰلِكَ\u06D6", "ذلك")]
    public void Display_TatweelAndMarks_AreRemoved(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    [Test]
    public void Normalize_TextWithDiacritics_RecordsThatDiacriticsWerePresent()
    {
        var normalized = TextNormalizer.Normalize("كَتَبَ", TextKind.Text);
        Assert.That(normalized.Replacements, Does.Contain(new TextReplacement("diacritics", 3)));
    }

    // Step 5: Arabic-Indic and Eastern Arabic-Indic digits.
    [TestCase("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [TestCase("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [TestCase("عندي ٢٠ درهم", "عندي 20 درهم")]
    public void Display_ArabicIndicDigits_BecomeAscii(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    // Step 6: look-alike letters from Persian and Urdu keyboards.
    [TestCase("کيفاش", "كيفاش")]
    [TestCase("علی", "علي")]
    [TestCase("ھادشی", "هادشي")]
    [TestCase("ہاد ۂ", "هاد ه")]
    [TestCase("شحالە", "شحاله")]
    public void Display_LookAlikeLetters_AreFolded(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    // Step 7: the Darija letters are kept; the three ways of writing "g" become one.
    [TestCase("ݣاع", "ڭاع")]
    [TestCase("ڭاع", "ڭاع")]
    [TestCase("گاع", "ڭاع")]
    [TestCase("الحݣرة", "الحڭرة")]
    [TestCase("ڥيديو", "ڤيديو")]
    [TestCase("پاپا", "پاپا")]
    public void Display_DarijaLetters_AreKeptAndUnified(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    [Test]
    public void Display_DarijaG_IsNeverDeletedOrTurnedIntoKaf()
    {
        var display = Display("ݣال ليا ڭاع گلس");
        Assert.That(display, Does.Not.Contain("ك"));
        Assert.That(display.Count(c => c == 'ڭ'), Is.EqualTo(3));
    }

    [Test]
    public void Display_WithGafChosenAsTheDarijaG_WritesGaf()
    {
        var options = new NormalizationOptions(NormalizationOptions.Gaf);
        Assert.That(TextNormalizer.Display("ݣاع ڭاع", TextKind.Text, options), Is.EqualTo("گاع گاع"));
    }

    [Test]
    public void NormalizationOptions_WithKafAsTheDarijaG_IsRejected() =>
        Assert.That(() => new NormalizationOptions('ك'), Throws.InstanceOf<ArgumentOutOfRangeException>());

    // Step 9: elongation and laughter.
    [TestCase("bzzzzaaaaf", "bzzaaf")]
    [TestCase("7mmam", "7mmam")]
    [TestCase("7mam", "7mam")]
    [TestCase("زوييييين بزااااف", "زويين بزااف")]
    [TestCase("!!!!!! ؟؟؟؟", "!! ؟؟")]
    [TestCase("1000000 dh", "1000000 dh")]
    [TestCase("wa9ila.......", "wa9ila...")]
    [TestCase("Ostoraaa❤❤❤❤", "Ostoraa❤❤")]
    public void Display_Elongation_CollapsesToTwoExceptDigits(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    [TestCase("ههههههههه", "ههه")]
    [TestCase("هههه😂", "ههه😂")]
    [TestCase("hahahahaha", "haha")]
    [TestCase("Hhhhhhh", "haha")]
    [TestCase("hihihi", "haha")]
    [TestCase("ahahah", "haha")]
    public void Display_Laughter_BecomesCanonical(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    [TestCase("هه")]
    [TestCase("هاد")]
    [TestCase("hahia")]
    [TestCase("hh")]
    [TestCase("hada")]
    public void Display_WordsThatAreNotLaughter_AreUnchanged(string raw) => Assert.That(Display(raw), Is.EqualTo(raw));

    [Test]
    public void Display_WebAddressInPlainText_KeepsItsLetters() =>
        Assert.That(Display("chof www.hespress.com daba"), Is.EqualTo("chof www.hespress.com daba"));

    // Step 10: whitespace.
    [TestCase("  wach   nta \t bikhir  ", "wach nta bikhir")]
    [TestCase("salam\r\n\r\n  labas\rbikhir", "salam\nlabas\nbikhir")]
    [TestCase("a \n b", "a\nb")]
    public void Display_Whitespace_IsCollapsed(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\u200F\u200E")]
    public void Display_NothingVisible_IsEmpty(string raw) => Assert.That(Display(raw), Is.Empty);

    [Test]
    public void Display_ManyLongLigatures_AreAllExpanded()
    {
        var display = Display(string.Concat(Enumerable.Repeat("\uFDFA ", 500)));
        Assert.That(display, Is.EqualTo(string.Join(' ', Enumerable.Repeat("صلى الله عليه وسلم", 500))));
    }

    [Test]
    public void Display_AppliedTwice_GivesTheSameText()
    {
        const string raw = "ﻻ ١٢ ݣاع  هههههه bzzzzaf كَتَبَ\u200F hahahaha ❤❤❤❤";
        var once = Display(raw);
        Assert.That(Display(once), Is.EqualTo(once));
    }
}
