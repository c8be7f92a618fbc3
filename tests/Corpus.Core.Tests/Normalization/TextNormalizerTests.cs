using System.Text;
using Corpus.Core.Normalization;

namespace Corpus.Core.Tests.Normalization;

[TestFixture]
public sealed class TextNormalizerTests
{
    [Test]
    public void Normalize_AnyText_IsStampedWithTheNormalizerVersion() =>
        Assert.That(TextNormalizer.Normalize("سلام", TextKind.Text).NormalizerVersion, Is.EqualTo(TextNormalizer.Version));

    [Test]
    public void Normalize_ArabicSocialPost_GivesEveryForm()
    {
        var normalized = TextNormalizer.Normalize("الأسطووورة ❤❤❤❤ شوفو https://youtu.be/x1 هههههه. واش كاين شي جديد؟", TextKind.Social);
        Assert.Multiple(() =>
        {
            Assert.That(normalized.Display, Is.EqualTo("الأسطوورة ❤❤ شوفو <URL> ههه. واش كاين شي جديد؟"));
            Assert.That(normalized.Key, Is.EqualTo("الاسطووره شوفو url ههه واش كاين شي جديد"));
            Assert.That(normalized.Script, Is.EqualTo("arabic"));
            Assert.That(normalized.Segments, Is.EqualTo(new[] { "الأسطوورة ❤❤ شوفو <URL> ههه.", "واش كاين شي جديد؟" }));
            Assert.That(normalized.Arabic, Is.Null);
            Assert.That(normalized.IsArabizi, Is.False);
            Assert.That(normalized.Replacements.Select(r => r.Kind), Is.EquivalentTo(new[] { "url", "emoji", "elongation", "laughter" }));
        });
    }

    [Test]
    public void Normalize_ArabiziPost_AddsTheArabicTransliteration()
    {
        var normalized = TextNormalizer.Normalize("salam khoya, ch7al hadi ma chftk? bzzzzaaaaf", TextKind.Social);
        Assert.Multiple(() =>
        {
            Assert.That(normalized.Display, Is.EqualTo("salam khoya, ch7al hadi ma chftk? bzzaaf"));
            Assert.That(normalized.IsArabizi, Is.True);
            Assert.That(normalized.Arabic, Is.EqualTo("سلام خويا، شحال هادي ما شفتك؟ بزّاف"));
            Assert.That(normalized.Script, Is.EqualTo("latin"));
        });
    }

    [Test]
    public void TryDecodeUtf8_ValidBytes_GivesTheText()
    {
        Assert.That(TextNormalizer.TryDecodeUtf8(Encoding.UTF8.GetBytes("واش 😂"), out var text), Is.True);
        Assert.That(text, Is.EqualTo("واش 😂"));
    }

    [TestCase(new byte[] { 0xFF, 0x41 })]
    [TestCase(new byte[] { 0xD9 })]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 })]
    [TestCase(new byte[] { 0xC0, 0xAF })]
    public void TryDecodeUtf8_InvalidBytes_IsRejected(byte[] bytes)
    {
        Assert.That(TextNormalizer.TryDecodeUtf8(bytes, out var text), Is.False);
        Assert.That(text, Is.Empty);
    }

    [Test]
    public void Normalize_ManyThreadsAtOnce_GiveTheSameResultsAsOneThread()
    {
        string[] inputs = ["wach nta bikhir 😂😂😂", "ﻻ ١٢ ݣاع هههههه", "@x 0612345678 https://a.ma/ب", "Je suis là", "ⴰⵣⵓⵍ"];
        var expected = inputs.Select(i => TextNormalizer.Normalize(i, TextKind.Social)).ToArray();
        var mismatches = 0;
        Parallel.For(0, 20_000, n =>
        {
            var actual = TextNormalizer.Normalize(inputs[n % inputs.Length], TextKind.Social);
            var wanted = expected[n % inputs.Length];
            if (actual.Display != wanted.Display || actual.Key != wanted.Key || actual.Arabic != wanted.Arabic
                || !actual.Replacements.SequenceEqual(wanted.Replacements))
            {
                Interlocked.Increment(ref mismatches);
            }
        });
        Assert.That(mismatches, Is.Zero);
    }

    [Test]
    public void Display_RandomMixesOfTrickyPieces_NeverThrowAndAreStableWhenRepeated()
    {
        string[] pieces =
        [
            "ه", "h", "a", "ا", "\u064E", "\u0654", "\u0653", "ﻻ", "\uFDFA", " ", "\n", "\r", "\u200D", "😂", "❤", "\uFE0F", ".",
            "!", "؟", "3", "www.x.ma", "http://a.b/ج", "@u", "#t_a", "06 12 34 56 78", "<br>", "&amp;", "<a href=x>", "</a>",
            "ـ", "ݣ", "ک", "٣", "\u200F", "\u00A0", "e\u0301", "AB12345", "x@y.ma", "\uD83D", "\uDE02", "\U0001D400", "ⴰ", "hhh",
        ];
        var random = new Random(20261123);
        var unstable = new List<string>();
        for (var n = 0; n < 20_000; n++)
        {
            var raw = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var kind in new[] { TextKind.Text, TextKind.Social })
            {
                var display = TextNormalizer.Normalize(raw, kind).Display;
                if (TextNormalizer.Display(display, kind) != display) unstable.Add(raw);
            }
        }
        Assert.That(unstable, Is.Empty);
    }

    [Test]
    public void Display_LongText_IsNormalizedWhole()
    {
        var raw = string.Concat(Enumerable.Repeat("ﻻ بزااااف wach 😂 ", 20_000));
        var display = TextNormalizer.Display(raw, TextKind.Text);
        Assert.That(display, Does.StartWith("لا بزااف wach 😂 لا"));
        Assert.That(display.Length, Is.EqualTo(20_000 * "لا بزااف wach 😂 ".Length - 1));
    }
}
