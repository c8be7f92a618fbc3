using Corpus.Core.Normalization;

namespace Corpus.Core.Tests.Normalization;

/// <summary>Golden tests for social posts: DESIGN.md §3 steps 1 and 8.</summary>
[TestFixture]
public sealed class SocialCleanerTests
{
    private static string Display(string raw) => TextNormalizer.Display(raw, TextKind.Social);

    private static int Count(string raw, string kind) =>
        TextNormalizer.Normalize(raw, TextKind.Social).Replacements.SingleOrDefault(r => r.Kind == kind)?.Count ?? 0;

    [TestCase("3iyto 3la 06 12 34 56 78 daba")]
    [TestCase("3iyto 3la +212612345678 daba")]
    [TestCase("3iyto 3la 0612-345-678 daba")]
    [TestCase("3iyto 3la 00212 6 12 34 56 78 daba")]
    [TestCase("3iyto 3la 06.12.34.56.78 daba")]
    [TestCase("3iyto 3la +212 (0)6 12 34 56 78 daba")]
    [TestCase("3iyto 3la 0522-12-34-56 daba")]
    [TestCase("3iyto 3la 0712345678 daba")]
    public void Display_MoroccanPhoneInAnyWrittenForm_BecomesPhoneToken(string raw)
    {
        Assert.That(Display(raw), Is.EqualTo("3iyto 3la <PHONE> daba"));
        Assert.That(Count(raw, "phone"), Is.EqualTo(1));
    }

    [TestCase("tman 1200 dh", TestName = "Display_Price_IsNotAPhone")]
    [TestCase("l3am 2024 w 2025", TestName = "Display_Years_AreNotAPhone")]
    [TestCase("0412345678", TestName = "Display_NumberNotStartingWithFiveToEight_IsNotAPhone")]
    [TestCase("061234567", TestName = "Display_NumberTooShort_IsNotAPhone")]
    [TestCase("06123456789", TestName = "Display_NumberTooLong_IsNotAPhone")]
    [TestCase("12/05/2024 3.5", TestName = "Display_DateAndDecimal_AreNotAPhone")]
    public void Display_NumbersThatAreNotPhones_AreKept(string raw) => Assert.That(Display(raw), Is.EqualTo(raw));

    [Test]
    public void Display_UrlWithArabicPath_StaysOneUrlToken()
    {
        const string raw = "chofo https://ar.wikipedia.org/wiki/الدارجة_المغربية hna";
        Assert.That(Display(raw), Is.EqualTo("chofo <URL> hna"));
        Assert.That(Count(raw, "url"), Is.EqualTo(1));
    }

    [TestCase("chof www.hespress.com/politique/123.html!", "chof <URL>!")]
    [TestCase("(https://youtu.be/abc?t=12)", "(<URL>)")]
    [TestCase("hespress.com/ar/مقال-1.html.", "<URL>.")]
    [TestCase("https://x.ma/%D8%A7 و https://y.com", "<URL> و <URL>")]
    public void Display_Urls_BecomeUrlTokensAndKeepTrailingPunctuation(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    [Test]
    public void Display_Email_BecomesEmailToken()
    {
        const string raw = "sift l karim.benali+cv@gmail.com 3afak";
        Assert.That(Display(raw), Is.EqualTo("sift l <EMAIL> 3afak"));
        Assert.That(Count(raw, "email"), Is.EqualTo(1));
    }

    [TestCase("mail: ali.b@site.co.ma. merci", "mail: <EMAIL>. merci")]
    [TestCase("sifto l ali@site.ma ولا l sara@x.org", "sifto l <EMAIL> ولا l <EMAIL>")]
    [TestCase("a@b w x@y.c", "a@b w x@y.c")]
    public void Display_EmailsAndNearMisses_AreTreatedAsExpected(string raw, string expected) =>
        Assert.That(Display(raw), Is.EqualTo(expected));

    [TestCase("@simo_123 chof had lvideo", "<USER> chof had lvideo")]
    [TestCase("merci @Hamza.Off!", "merci <USER>!")]
    public void Display_Handles_BecomeUserTokens(string raw, string expected) => Assert.That(Display(raw), Is.EqualTo(expected));

    [TestCase("la carte dyali BK123456 tsrqat", "la carte dyali <ID> tsrqat")]
    [TestCase("CIN: A12345", "CIN: <ID>")]
    public void Display_CinLikeIds_BecomeIdTokens(string raw, string expected) => Assert.That(Display(raw), Is.EqualTo(expected));

    [TestCase("#المغرب_الجميل", "المغرب الجميل")]
    [TestCase("#dima_maghrib 🇲🇦", "dima maghrib 🇲🇦")]
    [TestCase("rank #1", "rank #1")]
    public void Display_Hashtags_BecomeTheirWords(string raw, string expected) => Assert.That(Display(raw), Is.EqualTo(expected));

    [Test]
    public void Normalize_EmojiInPost_AreKeptAndCounted()
    {
        const string raw = "ملك ستريم 😂❤️👨‍👩‍👧 🇲🇦";
        var normalized = TextNormalizer.Normalize(raw, TextKind.Social);
        Assert.That(normalized.Display, Is.EqualTo(raw));
        Assert.That(normalized.Replacements, Does.Contain(new TextReplacement("emoji", 4)));
    }

    [TestCase("Tom &amp; Jerry &quot;ok&quot;", "Tom & Jerry \"ok\"")]
    [TestCase("السيبة<br>الحݣرة<br />لا", "السيبة\nالحڭرة\nلا")]
    [TestCase("&#1587;&#1604;&#1575;&#1605;", "سلام")]
    [TestCase("<a href=\"https://www.youtube.com/watch?v=x&amp;t=724\">12:04</a> hhhhh", "12:04 haha")]
    [TestCase("<b>wa3er</b> <I>bzaf</I>", "wa3er bzaf")]
    [TestCase("3 < 5 w 7 > 2", "3 < 5 w 7 > 2")]
    public void Display_HtmlInSocialText_IsUnescaped(string raw, string expected) => Assert.That(Display(raw), Is.EqualTo(expected));

    [Test]
    public void Display_HtmlInPlainText_IsLeftAlone() =>
        Assert.That(TextNormalizer.Display("a &amp; b", TextKind.Text), Is.EqualTo("a &amp; b"));

    [Test]
    public void Display_PlainTextKind_KeepsPhonesAndHandles() =>
        Assert.That(TextNormalizer.Display("@simo 0612345678", TextKind.Text), Is.EqualTo("@simo 0612345678"));

    [Test]
    public void Normalize_PostWithSeveralKinds_CountsEachKind()
    {
        var normalized = TextNormalizer.Normalize("@a1 @b2 0612345678 https://t.co/x a@b.ma", TextKind.Social);
        Assert.That(normalized.Replacements, Is.EqualTo(new[]
        {
            new TextReplacement("url", 1), new TextReplacement("email", 1),
            new TextReplacement("phone", 1), new TextReplacement("user", 2),
        }));
    }

    [Test]
    public void Display_LongRunWithoutSpaces_IsCleanedQuickly()
    {
        var raw = new string('a', 200_000) + "@" + new string('b', 200_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        TextNormalizer.Display(raw, TextKind.Social);
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }
}
