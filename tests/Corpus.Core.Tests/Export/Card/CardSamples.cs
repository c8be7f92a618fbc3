using Corpus.Core.Export;

namespace Corpus.Core.Tests.Export.Card;

/// <summary>A small hand-built release whose counts are easy to check by eye.</summary>
internal static class CardSamples
{
    public const string AwkwardRegion = "fes|meknes\nnorth";

    public static ReleaseContents Contents(bool withClips = true, bool withTexts = true) => new()
    {
        DatasetName = "darija-corpus",
        Version = "1.2.0",
        ParentVersion = "1.1.0",
        CutOff = new DateTimeOffset(2026, 3, 1, 12, 30, 0, TimeSpan.FromHours(1)),
        Texts = withTexts
            ?
            [
                Text("t1", ReleaseSplits.Train, "arabic", "casablanca-settat", "female", "twenties", "cc-by-4.0"),
                Text("t2", ReleaseSplits.Train, "latin", null, null, null, "cc0-1.0"),
                Text("t3", ReleaseSplits.Test, "arabic", AwkwardRegion, "male", "thirties", "cc-by-4.0"),
            ]
            : [],
        Clips = withClips
            ?
            [
                Clip("c1", ReleaseSplits.Train, "spk-a", "casablanca-settat", "female", "twenties", 1_800_000),
                Clip("c2", ReleaseSplits.Train, "spk-a", "casablanca-settat", "female", "twenties", 900_000),
                Clip("c3", ReleaseSplits.Dev, "spk-b", "", "", "", 3_600_000),
                Clip("c4", ReleaseSplits.Test, "spk-c", "oriental", "male", "thirties", 5_400_000),
            ]
            : [],
        PipelineVersions = ["normalizer/3", "quality/2"],
        ItemLicences = withTexts ? ["cc-by-4.0", "cc0-1.0"] : ["cc-by-4.0"],
        DatasetLicence = "cc-by-4.0",
        Changes = new ReleaseChanges("1.1.0", [], [], []),
    };

    /// <summary>The manifest matching <see cref="Contents"/>, as the release builder would count it.</summary>
    public static ReleaseManifest Manifest(bool withClips = true, bool withTexts = true)
    {
        var texts = withTexts ? (Train: 2, Dev: 0, Test: 1) : (Train: 0, Dev: 0, Test: 0);
        var clips = withClips ? (Train: 2, Dev: 1, Test: 1) : (Train: 0, Dev: 0, Test: 0);
        var hours = withClips ? (Train: 0.75, Dev: 1.0, Test: 1.5) : (Train: 0.0, Dev: 0.0, Test: 0.0);
        var speakers = withClips ? 1 : 0;
        return new ReleaseManifest
        {
            Name = "darija-corpus-1.2.0",
            Version = "1.2.0",
            ParentVersion = "1.1.0",
            CutOff = "2026-03-01T11:30:00Z",
            Splits = new Dictionary<string, SplitCounts>
            {
                [ReleaseSplits.Train] = new(texts.Train, clips.Train, hours.Train, speakers, withTexts ? 2 : 0),
                [ReleaseSplits.Dev] = new(texts.Dev, clips.Dev, hours.Dev, speakers, 0),
                [ReleaseSplits.Test] = new(texts.Test, clips.Test, hours.Test, speakers, withTexts ? 1 : 0),
            },
            Totals = new SplitCounts(
                texts.Train + texts.Dev + texts.Test, clips.Train + clips.Dev + clips.Test,
                hours.Train + hours.Dev + hours.Test, 3 * speakers, withTexts ? 3 : 0),
            PipelineVersions = ["normalizer/3", "quality/2"],
            Filters = new ReleaseFilters(["accepted"], true, ["text", "social", "recording"], "sha256(group) mod 100: <80 train, <90 dev, else test"),
            Files =
            [
                new ReleaseFile("README.md", new string('a', 64), 1234),
                new ReleaseFile("text/train.parquet", new string('0', 64), 98765),
            ],
        };
    }

    private static ReleaseTextRow Text(
        string id, string split, string script, string? region, string? gender, string? age, string licence) => new()
    {
        Id = id,
        Kind = "text",
        Split = split,
        Text = "salam " + id,
        Script = script,
        QualityScore = 0.9,
        SourceGroup = "group-" + id,
        Licence = licence,
        Region = region,
        Gender = gender,
        AgeBracket = age,
    };

    private static ReleaseClipRow Clip(
        string id, string split, string speaker, string region, string gender, string age, long durationMs) => new()
    {
        Id = id,
        Split = split,
        ClientId = speaker,
        Path = id + ".wav",
        Sentence = "salam",
        UpVotes = 2,
        DownVotes = 0,
        Age = age,
        Gender = gender,
        Accents = region,
        Locale = "ary",
        Segment = "",
        DurationMs = durationMs,
        QualityScore = 0.8,
        OpenAudio = _ => Task.FromResult<Stream>(new MemoryStream()),
    };
}
