namespace Corpus.Server.Auth;

internal static class AuthorizationExtensions
{
    /// <summary>Only tokens of these roles pass; no token gives 401, another role 403.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireRole(roles));
}
