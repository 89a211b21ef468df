using System.Globalization;
using System.Security.Claims;
using Forgejo.Domain.Users;

namespace Forgejo.Web.Authentication;

/// <summary>The claims every authentication method puts on a request's principal, so authorization reads one shape.</summary>
public static class ForgejoClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;
    public const string Login = ClaimTypes.Name;
    public const string Scope = "forgejo:scope";
    public const string AuthenticationMethod = "forgejo:auth_method";
    public const string IntegrationId = "forgejo:integration_id";

    /// <summary>Present when access is limited to listed repositories; one claim per repository id.</summary>
    public const string RepositoryId = "forgejo:repo_id";
    public const string RepositoriesLimited = "forgejo:repos_limited";

    public static IEnumerable<Claim> For(User user, string scope, string authenticationMethod) =>
    [
        new(UserId, user.Id.ToString(CultureInfo.InvariantCulture)),
        new(Login, user.Name),
        new(Scope, scope),
        new(AuthenticationMethod, authenticationMethod),
    ];

    public static IEnumerable<Claim> RepositoryLimit(bool allRepositories, IEnumerable<long> repositoryIds) =>
        allRepositories
            ? []
            : repositoryIds.Select(id => new Claim(RepositoryId, id.ToString(CultureInfo.InvariantCulture)))
                .Prepend(new Claim(RepositoriesLimited, "true"));
}
