using System.Security.Claims;

namespace Corpus.Server.Auth;

/// <summary>Claim names carried by an authenticated token, and accessors for them.</summary>
internal static class CorpusClaims
{
    public const string TokenId = "corpus:token";
    public const string ContributorId = "corpus:contributor";

    public static string GetTokenId(this ClaimsPrincipal user) => user.FindFirstValue(TokenId) ?? "anonymous";

    public static string? GetContributorId(this ClaimsPrincipal user) => user.FindFirstValue(ContributorId);

    public static string? GetRole(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);
}
