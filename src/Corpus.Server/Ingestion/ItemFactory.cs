using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Corpus.Core.Ingestion;
using Corpus.Data.Ingestion;
using Corpus.Data.Storage;
using Corpus.Server.Auth;
using Corpus.Server.Idempotency;

namespace Corpus.Server.Ingestion;

/// <summary>Builds item rows from validated requests; the raw text is stored exactly as received.</summary>
internal sealed class ItemFactory(IdGenerator ids, ServerKeys keys, TimeProvider time)
{
    public const string DefaultTextLicence = "CC0-1.0";

    public ItemRecord FromText(TextItemRequest request, ClaimsPrincipal user, string? id = null) =>
        New(id, ItemKinds.Text, user, request.Text!) with
        {
            Source = request.Source ?? "volunteer",
            Licence = request.Licence ?? DefaultTextLicence,
        };

    public ItemRecord FromSocial(SocialItemRequest request, ClaimsPrincipal user, string? id = null) =>
        New(id, ItemKinds.Social, user, request.Text!) with
        {
            Source = "social",
            Platform = request.Platform,
            PostedAt = request.PostedAt is { } posted ? DbTime.Format(posted) : null,
            Url = request.Url,
            AuthorHash = request.AuthorHandle is { } handle ? AuthorHash(request.Platform!, handle) : null,
        };

    public ItemRecord New(string? id, string kind, ClaimsPrincipal user, string? rawText, string? contentHash = null)
    {
        var now = DbTime.Format(time.GetUtcNow());
        return new ItemRecord
        {
            Id = id ?? ids.NewUlid(),
            Kind = kind,
            State = ItemStates.Received,
            ContributorId = user.GetContributorId(),
            TokenId = user.GetTokenId(),
            RawText = rawText,
            ContentHash = contentHash ?? Sha256(rawText ?? ""),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private string AuthorHash(string platform, string handle) =>
        keys.Hash("author-handle", platform + "\n" + handle.Trim().TrimStart('@').ToLowerInvariant());

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
