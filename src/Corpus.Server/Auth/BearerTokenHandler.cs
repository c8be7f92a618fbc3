using System.Security.Claims;
using System.Text.Encodings.Web;
using Corpus.Data.Auth;
using Corpus.Server.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Corpus.Server.Auth;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the hashed tokens in the database.</summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("The Authorization header is not a bearer token.");
        var secret = header["Bearer ".Length..].Trim();
        var token = await tokens.FindActiveAsync(secret, Context.RequestAborted);
        if (token is null) return AuthenticateResult.Fail("The token is unknown or revoked.");
        var claims = new List<Claim>
        {
            new(CorpusClaims.TokenId, token.Id),
            new(ClaimTypes.Role, token.Role),
        };
        if (token.ContributorId is not null) claims.Add(new Claim(CorpusClaims.ContributorId, token.ContributorId));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, CorpusClaims.TokenId, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblems.Field(StatusCodes.Status401Unauthorized, "Authorization", "send a valid token as 'Authorization: Bearer <token>'")
            .ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.Field(StatusCodes.Status403Forbidden, "Authorization", "this token's role may not use this endpoint")
            .ExecuteAsync(Context);
}
