using System.Security.Claims;
using Forgejo.Domain.Scopes;

namespace Forgejo.Web.Auth;

/// <summary>Claims every authentication method puts on the principal.</summary>
public static class ForgejoClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;
    public const string Login = ClaimTypes.Name;
    public const string Scope = "forgejo:scope";
    public const string IsAdmin = "forgejo:is_admin";

    /// <summary>Set when the account may not use the API (<c>inactive</c> or <c>prohibit_login</c>); such requests get 403.</summary>
    public const string BlockedReason = "forgejo:blocked";

    /// <summary>
    /// How the request was authenticated (<see cref="AuthMethods"/>). Endpoints that manage authorized integrations
    /// refuse <see cref="AuthMethods.AuthorizedIntegration"/>, so an integration can never widen its own access.
    /// </summary>
    public const string AuthenticatedBy = "forgejo:authenticated_by";

    /// <summary>The authorized integration that authenticated the request.</summary>
    public const string IntegrationId = "forgejo:integration_id";

    /// <summary>
    /// Present when access is limited to listed repositories (an integration without <c>resource_all_repos</c>):
    /// one claim per repository id, possibly none.
    /// </summary>
    public const string RepositoriesLimited = "forgejo:repos_limited";

    public const string RepositoryId = "forgejo:repo_id";

    public static class AuthMethods
    {
        public const string AccessToken = "access_token";

        /// <summary>For the JWT handler of the authorized-integrations branch.</summary>
        public const string AuthorizedIntegration = "authorized_integration";
    }
}

/// <summary>The caller of an API request as the endpoints see it: anonymous, or a user with a token scope.</summary>
/// <param name="LimitedToRepositories">Null for access to every repository the user may see; otherwise the only repositories
/// with full access (Forgejo's specific-repositories reducer: other public repositories stay readable, other private ones are hidden).</param>
public sealed record ApiCaller(long? UserId, string Login, bool IsAdmin, AccessTokenScope Scope, string? AuthenticatedBy,
    IReadOnlySet<long>? LimitedToRepositories = null)
{
    public static readonly ApiCaller Anonymous = new(null, "", false, AccessTokenScope.Empty, null);

    public bool IsSignedIn => UserId is not null;

    public static ApiCaller From(ClaimsPrincipal principal)
    {
        if (principal.FindFirstValue(ForgejoClaims.UserId) is not { } id)
        {
            return Anonymous;
        }

        return new ApiCaller(
            long.Parse(id, System.Globalization.CultureInfo.InvariantCulture),
            principal.FindFirstValue(ForgejoClaims.Login) ?? "",
            principal.FindFirstValue(ForgejoClaims.IsAdmin) == "true",
            AccessTokenScope.Parse(principal.FindFirstValue(ForgejoClaims.Scope)),
            principal.FindFirstValue(ForgejoClaims.AuthenticatedBy),
            principal.HasClaim(claim => claim.Type == ForgejoClaims.RepositoriesLimited)
                ? principal.FindAll(ForgejoClaims.RepositoryId).Select(claim => long.Parse(claim.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet()
                : null);
    }
}

public static class ApiCallerExtensions
{
    /// <summary>
    /// The caller of this request, read from its principal once: the sign-in and scope filters and the endpoint all ask,
    /// and reading parses the scope string. Kept beside the principal it came from, so a new principal is read anew.
    /// </summary>
    public static ApiCaller Caller(this HttpContext http)
    {
        if (http.Items.TryGetValue(typeof(ApiCaller), out var cached) && cached is (ClaimsPrincipal principal, ApiCaller caller)
            && ReferenceEquals(principal, http.User))
        {
            return caller;
        }

        var read = ApiCaller.From(http.User);
        http.Items[typeof(ApiCaller)] = (http.User, read);
        return read;
    }
}
