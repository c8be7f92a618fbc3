using Corpus.Core.Export;
using Corpus.Core.Tests.Audio;

namespace Corpus.Core.Tests.Export.Formats;

/// <summary>Release rows whose text exercises every script and every character a file format can trip on.</summary>
internal static class ReleaseRowSamples
{
    public const string ArabicScript = "واش كاين شي تران لكازا غدا؟";
    public const string Arabizi = "wach 3ndk chi 9hwa? 7na f darb";
    public const string Tifinagh = "ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ";
    public const string Emoji = "mzyan bzaf 😂👍🏽 صافي";
    public const string Breaks = "line one\nline two\u2028line three\tafter a tab\r\u0085\u2029end \"quoted\" \\ back";

    public static readonly string[] Texts = [ArabicScript, Arabizi, Tifinagh, Emoji, Breaks];

    public static List<ReleaseTextRow> TextRows() =>
    [
        Text("01A", ArabicScript) with
        {
            Script = "arabic", Language = "ary", LanguageProbability = 0.30000000000000004, Source = "contributor",
            Licence = "cc-by-4.0", Region = "Casablanca-Settat", Gender = "female", AgeBracket = "25-34",
        },
        Text("01B", Arabizi) with { Script = "latin", TextArabic = "واش عندك شي قهوة؟ حنا ف الدرب", Language = "ary", LanguageProbability = 1 },
        Text("01C", Tifinagh) with { Script = "tifinagh", Platform = "youtube" },
        Text("01D", Emoji) with { Kind = "social", Script = "mixed", QualityScore = 1e-7 },
        Text("01E", Breaks),
    ];

    public static ReleaseTextRow Text(string id, string text) => new()
    {
        Id = id,
        Kind = "text",
        Split = "train",
        Text = text,
        Script = "other",
        QualityScore = 0.75,
        SourceGroup = "g-" + id.ToLowerInvariant(),
    };

    public static ReleaseClipRow Clip(string id, string sentence = ArabicScript, string split = "train") => new()
    {
        Id = id,
        Split = split,
        ClientId = "speaker-" + id[^1],
        Path = id + ".wav",
        Sentence = sentence,
        UpVotes = 2,
        DownVotes = 1,
        Age = "twenties",
        Gender = "male_masculine",
        Accents = "Fès-Meknès",
        Locale = "ary",
        Segment = "",
        DurationMs = 1000 + id.Length,
        QualityScore = 0.5,
        OpenAudio = _ => Task.FromResult<Stream>(new MemoryStream(Wav(id), writable: false)),
    };

    /// <summary>A short 16 kHz mono 16-bit WAV of noise (so compression cannot shrink it) seeded by the clip id.</summary>
    public static byte[] Wav(string id)
    {
        var samples = new byte[320 + 2 * (id.Sum(c => c) & 63)];
        new Random(id.Aggregate(17, (hash, c) => unchecked(hash * 31 + c))).NextBytes(samples);
        return WavBytes.Riff(WavBytes.Format(1, 1, 16000, 16), WavBytes.Chunk("data", samples));
    }
}
