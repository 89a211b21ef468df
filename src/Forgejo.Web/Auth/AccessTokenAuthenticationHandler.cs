using System.Security.Claims;
using System.Text.Encodings.Web;
using Forgejo.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth;

/// <summary>
/// Personal access tokens in <c>Authorization: token &lt;t&gt;</c> or <c>Authorization: Bearer &lt;t&gt;</c>, as Forgejo reads them:
/// the header is split on whitespace and must have exactly two fields; the scheme is case-insensitive.
/// Other headers (Basic, none) leave the request anonymous; a token that matches no row fails (401).
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";
    public const string InvalidTokenMessage = "invalid access token";

    public static string? ReadToken(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var fields = header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 2)
        {
            return null;
        }

        return fields[0].Equals("token", StringComparison.OrdinalIgnoreCase) || fields[0].Equals("bearer", StringComparison.OrdinalIgnoreCase)
            ? fields[1]
            : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ReadToken(Request.Headers.Authorization.ToString()) is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        if (await tokens.FindAsync(presented, Context.RequestAborted) is not (var token, var user))
        {
            return AuthenticateResult.Fail(InvalidTokenMessage);
        }

        var claims = new List<Claim>
        {
            new(ForgejoClaims.UserId, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ForgejoClaims.Login, user.Name),
            new(ForgejoClaims.Scope, token.Scope),
            new(ForgejoClaims.IsAdmin, user.IsAdmin ? "true" : "false"),
            new(ForgejoClaims.AuthenticatedBy, ForgejoClaims.AuthMethods.AccessToken),
        };
        if (!user.IsActive)
        {
            claims.Add(new Claim(ForgejoClaims.BlockedReason, ApiAuthentication.InactiveMessage));
        }
        else if (user.ProhibitLogin)
        {
            claims.Add(new Claim(ForgejoClaims.BlockedReason, ApiAuthentication.ProhibitLoginMessage));
        }

        Context.SetSignedInUser(user);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ForgejoClaims.Login, null));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized, ApiProblem.TokenRequiredMessage);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, "forbidden");
}
