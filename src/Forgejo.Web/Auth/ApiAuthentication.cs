using Forgejo.Domain.Scopes;
using Forgejo.Web.Api;
using Forgejo.Web.Auth.IntegrationJwt;
using Microsoft.AspNetCore.Authentication;

namespace Forgejo.Web.Auth;

/// <summary>Authentication and scope checks for <c>/api/v1</c>, with Forgejo's status codes and messages.</summary>
public static class ApiAuthentication
{
    /// <summary>
    /// The scheme the API authenticates with: it forwards a compact JWS (two dots) to the authorized-integration
    /// scheme and anything else to the personal-access-token scheme, so each credential meets exactly one handler.
    /// </summary>
    public const string SchemeName = "Api";

    public const string InactiveMessage = "This account is not activated.";
    public const string ProhibitLoginMessage = "This account is prohibited from signing in, please contact your site administrator.";
    public const string IntegrationManagementMessage = "authorized integrations cannot be managed by a request authenticated by an authorized integration";

    /// <summary>
    /// A presented credential that does not authenticate is 401 on every API route (even anonymous ones), and an
    /// authenticated but inactive or prohibited account is 403, as in Forgejo.
    /// </summary>
    public static IApplicationBuilder UseApiAuthentication(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var result = await http.AuthenticateAsync(SchemeName);
        if (result.Failure is not null)
        {
            http.Response.Headers.WWWAuthenticate = BearerChallenge.Header(result.Failure.Message);
            await ApiProblem.WriteAsync(http, StatusCodes.Status401Unauthorized, result.Failure.Message);
            return;
        }

        if (result.Succeeded)
        {
            http.User = result.Principal;
            if (result.Principal.FindFirst(ForgejoClaims.BlockedReason) is { } blocked)
            {
                await ApiProblem.WriteAsync(http, StatusCodes.Status403Forbidden, blocked.Value);
                return;
            }
        }

        await next(http);
    });

    /// <summary>Anonymous callers get 401 <c>token is required</c>.</summary>
    public static TBuilder RequireSignIn<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (context.HttpContext.Caller().IsSignedIn)
            {
                return await next(context);
            }

            context.HttpContext.Response.Headers.WWWAuthenticate = BearerChallenge.Header(null);
            return ApiProblem.Result(StatusCodes.Status401Unauthorized, ApiProblem.TokenRequiredMessage);
        });

    /// <summary>
    /// Forgejo's <c>tokenRequiresScopes</c>: a token-authenticated caller needs every listed scope, else 403 naming them.
    /// Anonymous callers pass (anonymous access rules apply in the endpoint).
    /// </summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, params string[] scopes) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var scope in scopes)
        {
            AccessTokenScope.Parse(scope);
        }

        var message = $"token does not have at least one of required scope(s): [{string.Join(' ', scopes)}]";
        builder.WithMetadata(new RequiredScopes(scopes));
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var caller = context.HttpContext.Caller();
            return !caller.IsSignedIn || caller.Scope.HasScope(scopes)
                ? await next(context)
                : ApiProblem.Result(StatusCodes.Status403Forbidden, message);
        });
    }

    /// <summary>Refuses requests authenticated by an authorized integration (for the endpoints that manage integrations).</summary>
    public static TBuilder RejectIntegrationAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            context.HttpContext.Caller().AuthenticatedBy == ForgejoClaims.AuthMethods.AuthorizedIntegration
                ? ApiProblem.Result(StatusCodes.Status403Forbidden, IntegrationManagementMessage)
                : await next(context));
}

public static class ApiAuthenticationExtensions
{
    public static AuthenticationBuilder AddApiSchemes(this AuthenticationBuilder builder, IConfiguration configuration)
    {
        builder.AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null);
        builder.AddAuthorizedIntegration(configuration);
        return builder.AddPolicyScheme(ApiAuthentication.SchemeName, "Access token or authorized-integration JWT", options =>
            options.ForwardDefaultSelector = http =>
                AccessTokenAuthenticationHandler.ReadToken(http.Request.Headers.Authorization.ToString()) is { } token
                && token.Count(c => c == '.') == 2
                    ? AuthorizedIntegrationDefaults.AuthenticationScheme
                    : AccessTokenAuthenticationHandler.SchemeName);
    }
}

/// <summary>Endpoint metadata: the scopes a token needs (read by the OpenAPI document).</summary>
public sealed record RequiredScopes(IReadOnlyList<string> Scopes);
