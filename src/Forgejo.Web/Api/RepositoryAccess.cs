using Forgejo.Domain.Repositories;
using Forgejo.Web.Auth;

namespace Forgejo.Web.Api;

/// <summary>
/// Who may see and change a repository. There are no organisations or collaborators yet: a repository is visible when it
/// is public, or to its owner and to admins; a <c>public-only</c> token sees public repositories only (Forgejo's public
/// reducer); an integration limited to listed repositories gets full access to those, read access to other public ones
/// and none to other private ones (Forgejo's specific-repositories reducer). Anything not visible is answered as 404,
/// never 403.
/// </summary>
public static class RepositoryAccess
{
    public static bool CanSee(Repository repo, ApiCaller caller)
    {
        if (caller.LimitedToRepositories is { } listed && !listed.Contains(repo.Id))
        {
            return !repo.IsPrivate;
        }

        if (!repo.IsPrivate)
        {
            return true;
        }

        return caller.IsSignedIn && !caller.Scope.IsPublicOnly && (caller.IsAdmin || caller.UserId == repo.OwnerId);
    }

    public static bool CanAdminister(Repository repo, ApiCaller caller) =>
        caller.LimitedToRepositories?.Contains(repo.Id) != false
        && caller.IsSignedIn && (caller.IsAdmin || caller.UserId == repo.OwnerId) && (!repo.IsPrivate || !caller.Scope.IsPublicOnly);

    /// <summary>The same rule as <see cref="CanSee"/>, as a query filter.</summary>
    public static IQueryable<Repository> Visible(IQueryable<Repository> repositories, ApiCaller caller)
    {
        if (caller.LimitedToRepositories is { } listed)
        {
            var ids = listed.ToList();
            repositories = repositories.Where(r => !r.IsPrivate || ids.Contains(r.Id));
        }

        if (!caller.IsSignedIn || caller.Scope.IsPublicOnly)
        {
            return repositories.Where(r => !r.IsPrivate);
        }

        if (caller.IsAdmin)
        {
            return repositories;
        }

        var userId = caller.UserId!.Value;
        return repositories.Where(r => !r.IsPrivate || r.OwnerId == userId);
    }
}
