using System.Text;

namespace Corpus.Benchmarks.Normalization;

/// <summary>
/// Seeded generator of realistic mixed Darija lines: Arabic script with the odd diacritic, tatweel,
/// elongation and Persian-keyboard letter; Arabizi; French code-switching; social posts with
/// emoji, links, handles and phone numbers.
/// </summary>
internal static class MixedDarijaText
{
    private static readonly string[] Arabic =
    [
        "واش", "نتا", "بخير", "ديال", "غادي", "علاش", "بزاف", "شحال", "واخا", "فهاد", "عافاك", "راه", "دابا", "كنبغيك",
        "المغرب", "الدار", "البيضاء", "مزيان", "زوين", "ماشي", "حتى", "هادشي", "كيفاش", "فين", "الناس", "الحݣرة",
        "ڭاع", "گلس", "الله", "يرحمو", "الوالدين", "خويا", "ختي", "صاحبي", "الخدمة", "فلوس", "المدرسة", "الطوبيس",
        "كَتَبَ", "مـــزيان", "بزااااف", "ھادشی", "کيفاش", "٢٠", "١٥٠", "درهم", "ﻻ", "هههههه", "السلام", "عليكم",
    ];

    private static readonly string[] Arabizi =
    [
        "wach", "nta", "bikhir", "3afak", "7mmam", "bzzzzaaaaf", "daba", "ch7al", "m3a", "9lbi", "mabghitch",
        "kanbghik", "lkora", "ghadi", "dyal", "mzyan", "khoya", "safi", "wakha", "l5ir", "3la", "hadchi", "chno",
    ];

    private static readonly string[] French =
    [
        "bonjour", "merci", "vraiment", "c'est", "la", "situation", "normal", "avec", "le", "match", "famille",
        "très", "bien", "téléphone", "problème", "ok", "cool",
    ];

    private static readonly string[] Social =
    [
        "😂😂😂", "❤️", "🇲🇦", "👏👏", "@simo_23", "#dima_maghrib", "https://youtu.be/dQw4w9WgXcQ", "06 12 34 56 78",
        "+212612345678", "hahahaha", "www.hespress.com/مقال-123.html", "&amp;", "<br>", "\u200F", "👨‍👩‍👧",
    ];

    private static readonly string[] Punctuation = [".", "!", "?", "؟", "...", ",", "،"];

    /// <summary>Lines until their UTF-8 size reaches the target; returns the lines and their byte count.</summary>
    public static (string[] Lines, long Bytes) Generate(long targetBytes, int seed)
    {
        var random = new Random(seed);
        var lines = new List<string>();
        var builder = new StringBuilder();
        long bytes = 0;
        while (bytes < targetBytes)
        {
            builder.Clear();
            var style = random.Next(100);
            var words = random.Next(5, 26);
            for (var w = 0; w < words; w++)
            {
                if (w > 0) builder.Append(' ');
                builder.Append(Pick(random, style));
                if (random.Next(12) == 0) builder.Append(Punctuation[random.Next(Punctuation.Length)]);
            }
            var line = builder.ToString();
            lines.Add(line);
            bytes += Encoding.UTF8.GetByteCount(line) + 1;
        }
        return (lines.ToArray(), bytes);
    }

    private static string Pick(Random random, int style)
    {
        var roll = random.Next(100);
        string[] pool = style switch
        {
            < 55 => roll < 90 ? Arabic : roll < 95 ? French : Social,
            < 80 => roll < 85 ? Arabizi : roll < 95 ? French : Social,
            < 90 => roll < 60 ? French : Arabizi,
            _ => roll < 50 ? Arabic : roll < 70 ? Arabizi : Social,
        };
        return pool[random.Next(pool.Length)];
    }
}
