using System.Globalization;
using System.Security.Claims;
using Forgejo.Domain.AuthorizedIntegrations;
using Forgejo.Domain.Users;
using System.Text.Encodings.Web;
using Forgejo.Domain.ClaimRules;
using Forgejo.Persistence;
using Forgejo.Persistence.Queries;
using Forgejo.Web.Auth.IntegrationJwt.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth.IntegrationJwt;

/// <summary>
/// Authenticates a request whose bearer token is a JWT from an authorized integration: parse without trusting, find the
/// integration by (issuer, audience), check its claim rules on the unverified claims (so forged tokens cause no outbound
/// request), then discovery, keys, signature and times. A database failure propagates (500); everything else is a 401.
/// </summary>
public sealed partial class AuthorizedIntegrationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ForgejoDbContext database,
    IssuerSignatureVerifier verifier,
    IntegrationLookupCache lookups,
    LastUsedRecorder lastUsed)
    // The framework's own handler logging writes every failure message, and ours can quote claim values; it gets no logger.
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, NullLoggerFactory.Instance, encoder)
{
    private readonly ILogger _log = loggerFactory.CreateLogger<AuthorizedIntegrationHandler>();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = AccessTokenAuthenticationHandler.ReadToken(Request.Headers.Authorization.ToString());
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!UnverifiedJwt.TryParse(token, out var jwt, out var parseError))
        {
            LogRejected(_log, "", "", "", 0, "malformed token");
            return AuthenticateResult.Fail(parseError);
        }

        using (jwt)
        {
            return await AuthenticateAsync(jwt!);
        }
    }

    private async Task<AuthenticateResult> AuthenticateAsync(UnverifiedJwt jwt)
    {
        var cancellationToken = Context.RequestAborted;
        var ownerReadNow = !lookups.TryGet(jwt.Issuer, jwt.Audience, out var found);
        if (ownerReadNow)
        {
            found = await HotPathQueries.IntegrationWithOwner(database, jwt.Issuer, jwt.Audience, cancellationToken);
            if (found is null)
            {
                return Reject(jwt, 0, "no integration", "matching authorized_integration not found");
            }

            if (!found.Integration.ResourceAllRepos)
            {
                found.Integration.ResourceRepos = await database.AuthorizedIntegrationResourceRepos.AsNoTracking()
                    .Where(r => r.IntegId == found.Integration.Id).ToListAsync(cancellationToken);
            }

            lookups.Set(jwt.Issuer, jwt.Audience, found);
        }

        var (integration, owner) = (found!.Integration, found.Owner);
        var rules = ClaimRuleEvaluator.Evaluate(integration.ClaimRules, jwt.Payload);
        if (!rules.IsSuccess)
        {
            return Reject(jwt, integration.Id, "claim rules", "claim mismatch: " + rules.Error);
        }

        if (await verifier.VerifyAsync(jwt, cancellationToken) is { } problem)
        {
            return Reject(jwt, integration.Id, "issuer verification", problem);
        }

        lastUsed.Touch(integration.Id, integration.CreatedUnix, integration.UpdatedUnix);
        LogAccepted(_log, LogSafe(jwt.Issuer), LogSafe(jwt.Audience), LogSafe(jwt.KeyId), integration.Id);

        if (ownerReadNow)
        {
            Context.SetSignedInUser(owner);
        }

        var identity = new ClaimsIdentity(Claims(owner, integration), Scheme.Name, ForgejoClaims.Login, null);
        var properties = new AuthenticationProperties();
        if (jwt.Expires is { } expires)
        {
            properties.ExpiresUtc = DateTimeOffset.FromUnixTimeSeconds(expires);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), properties, Scheme.Name));
    }

    private static List<Claim> Claims(User owner, AuthorizedIntegration integration)
    {
        var claims = new List<Claim>
        {
            new(ForgejoClaims.UserId, owner.Id.ToString(CultureInfo.InvariantCulture)),
            new(ForgejoClaims.Login, owner.Name),
            new(ForgejoClaims.Scope, integration.Scope),
            new(ForgejoClaims.IsAdmin, owner.IsAdmin ? "true" : "false"),
            new(ForgejoClaims.AuthenticatedBy, ForgejoClaims.AuthMethods.AuthorizedIntegration),
            new(ForgejoClaims.IntegrationId, integration.Id.ToString(CultureInfo.InvariantCulture)),
        };
        if (!owner.IsActive)
        {
            claims.Add(new Claim(ForgejoClaims.BlockedReason, ApiAuthentication.InactiveMessage));
        }
        else if (owner.ProhibitLogin)
        {
            claims.Add(new Claim(ForgejoClaims.BlockedReason, ApiAuthentication.ProhibitLoginMessage));
        }

        if (!integration.ResourceAllRepos)
        {
            claims.Add(new Claim(ForgejoClaims.RepositoriesLimited, "true"));
            claims.AddRange(integration.ResourceRepos.Select(r => new Claim(ForgejoClaims.RepositoryId, r.RepoId.ToString(CultureInfo.InvariantCulture))));
        }

        return claims;
    }

    /// <summary>The caller gets the full reason; the log gets its stage only, as reasons can quote claim values.</summary>
    private AuthenticateResult Reject(UnverifiedJwt jwt, long integrationId, string stage, string reason)
    {
        LogRejected(_log, LogSafe(jwt.Issuer), LogSafe(jwt.Audience), LogSafe(jwt.KeyId), integrationId, stage);
        return AuthenticateResult.Fail(reason);
    }

    /// <summary>Unverified values are the sender's text: one line of printable characters, at most 200 of them.</summary>
    private static string LogSafe(string value)
    {
        var printable = new string(value.Take(200).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
        return value.Length > 200 ? printable + "…" : printable;
    }

    // Token contents never reach a log: only the issuer, audience, key id and the integration.
    [LoggerMessage(Level = LogLevel.Information, Message = "Authorized integration JWT rejected (iss {Issuer}, aud {Audience}, kid {KeyId}, integration {IntegrationId}) at {Stage}")]
    private static partial void LogRejected(ILogger logger, string issuer, string audience, string keyId, long integrationId, string stage);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Authorized integration JWT accepted (iss {Issuer}, aud {Audience}, kid {KeyId}, integration {IntegrationId})")]
    private static partial void LogAccepted(ILogger logger, string issuer, string audience, string keyId, long integrationId);
}
