using System.Security.Cryptography;
using System.Text;
using Corpus.Core.Export;
using Corpus.Core.Ingestion;
using Corpus.Core.Normalization;
using Corpus.Core.Storage;
using Corpus.Data.Storage;

namespace Corpus.Data.Export;

/// <summary>
/// Turns the accepted items of the database into the contents of one release: pseudonymous groups,
/// splits (kept from the parent release), rows sorted by split and id, and the changes against the parent.
/// </summary>
public sealed class ReleaseAssembler(ReleaseStore releases, InstanceSecretStore secrets, IBlobStore blobs)
{
    public const string DatasetName = "darija-corpus";
    public const string Locale = "ary";
    private const string SpeakerPurpose = "release-speaker";

    public async Task<AssembledRelease> AssembleAsync(string version, DateTimeOffset cutOff, string? parentVersion, string? datasetLicence, CancellationToken cancellationToken)
    {
        var secret = await secrets.GetOrCreateAsync("hmac", cancellationToken);
        var parentItems = parentVersion is null ? [] : await releases.ItemsAsync(parentVersion, cancellationToken);
        var parentSplits = parentItems.ToDictionary(i => i.ItemId, i => i.Split, StringComparer.Ordinal);

        var texts = new List<ReleaseTextRow>();
        var clips = new List<ReleaseClipRow>();
        var released = new List<ReleasedItem>();
        var versions = new SortedSet<string>(StringComparer.Ordinal);
        var licences = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var candidate in await releases.CandidatesAsync(DbTime.Format(cutOff), cancellationToken))
        {
            var item = WithReviewedText(candidate);
            var speaker = item.ContributorId is { } contributor ? KeyedHash.Compute(secret, SpeakerPurpose, contributor) : null;
            var group = item.AuthorHash is { } author ? "author:" + author : speaker is not null ? "speaker:" + speaker : "item:" + item.Id;
            var split = parentSplits.GetValueOrDefault(item.Id) ?? SplitAssigner.SplitOf(group);
            string checksum;
            if (item.Kind == ItemKinds.Recording)
            {
                var clip = Clip(item, split, speaker ?? KeyedHash.Compute(secret, SpeakerPurpose, "item:" + item.Id));
                clips.Add(clip);
                checksum = Checksum(item.NormalizedSha256!, clip.Sentence);
            }
            else
            {
                var text = Text(item, split, KeyedHash.Compute(secret, "release-group", group));
                texts.Add(text);
                checksum = Checksum(text.Text, text.TextArabic ?? "");
            }
            released.Add(new ReleasedItem(item.Id, split, checksum));
            foreach (var v in new[] { item.PipelineVersion, item.NormalizerVersion, item.AudioVersion, item.LanguageVersion, item.ScorerVersion })
                if (v is not null) versions.Add(v);
            if (item.Licence is { } licence) licences.Add(licence);
        }

        var changes = await ChangesAsync(parentVersion, parentItems, released, cancellationToken);
        var contents = new ReleaseContents
        {
            DatasetName = DatasetName,
            Version = version,
            ParentVersion = parentVersion,
            CutOff = cutOff,
            Texts = [.. texts.OrderBy(t => ReleaseSplits.OrderOf(t.Split)).ThenBy(t => t.Id, StringComparer.Ordinal)],
            Clips = [.. clips.OrderBy(c => ReleaseSplits.OrderOf(c.Split)).ThenBy(c => c.Id, StringComparer.Ordinal)],
            PipelineVersions = [.. versions],
            ItemLicences = [.. licences],
            DatasetLicence = datasetLicence ?? DefaultLicence(licences),
            Changes = changes,
        };
        return new AssembledRelease(contents, released);
    }

    /// <summary>CC0 when every item is CC0; otherwise "other", and the card lists the items' licences.</summary>
    private static string DefaultLicence(IReadOnlyCollection<string> licences) =>
        licences.Count > 0 && licences.All(l => l.Equals("CC0-1.0", StringComparison.OrdinalIgnoreCase)) ? "cc0-1.0" : "other";

    private async Task<ReleaseChanges> ChangesAsync(string? parentVersion, IReadOnlyList<ReleasedItem> parent, List<ReleasedItem> current, CancellationToken cancellationToken)
    {
        var now = current.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
        var before = parent.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
        var added = now.Keys.Where(id => !before.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var changed = now.Values.Where(i => before.TryGetValue(i.ItemId, out var old) && old.Checksum != i.Checksum)
            .Select(i => i.ItemId).Order(StringComparer.Ordinal).ToList();
        var gone = before.Keys.Where(id => !now.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var states = await releases.StatesAsync(gone, cancellationToken);
        var removed = gone.Select(id => new RemovedItem(id, states.GetValueOrDefault(id) switch
        {
            ItemStates.Withdrawn => RemovedItem.Withdrawn,
            ItemStates.Rejected => RemovedItem.Rejected,
            _ => RemovedItem.Excluded,
        })).ToList();
        return new ReleaseChanges(parentVersion, added, removed, changed);
    }

    private ReleaseClipRow Clip(ReleaseCandidate item, string split, string clientId) => new()
    {
        Id = item.Id,
        Split = split,
        ClientId = clientId,
        Path = item.Id + ".wav",
        Sentence = item.DisplayText!,
        UpVotes = (int)item.UpVotes,
        DownVotes = (int)item.DownVotes,
        Age = item.AgeBracket ?? "",
        Gender = item.Gender ?? "",
        Accents = item.Region ?? "",
        Locale = Locale,
        Segment = "",
        DurationMs = item.DurationMs ?? 0,
        QualityScore = item.Score,
        OpenAudio = ct => blobs.OpenReadAsync(item.NormalizedSha256!, ct),
    };

    private static ReleaseTextRow Text(ReleaseCandidate item, string split, string sourceGroup) => new()
    {
        Id = item.Id,
        Kind = item.Kind,
        Split = split,
        Text = item.DisplayText!,
        TextArabic = item.TextArabic,
        Script = item.Script ?? "other",
        Language = item.Language,
        LanguageProbability = item.LanguageProbability,
        QualityScore = item.Score,
        SourceGroup = sourceGroup,
        Source = item.Source,
        Licence = item.Licence,
        Platform = item.Platform,
        Region = item.Region,
        Gender = item.Gender,
        AgeBracket = item.AgeBracket,
    };

    /// <summary>
    /// An item whose text or transcript was fixed in review is released with the fix, normalized as the pipeline
    /// normalizes every text (personal data replaced).
    /// </summary>
    private static ReleaseCandidate WithReviewedText(ReleaseCandidate item)
    {
        if (item.ReviewText is null) return item;
        var normalized = TextNormalizer.Normalize(item.ReviewText, TextKind.Social);
        return item with
        {
            DisplayText = normalized.Display,
            Script = normalized.Script,
            TextArabic = normalized.Arabic,
        };
    }

    private static string Checksum(string first, string second) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first + "\n" + second)));
}
