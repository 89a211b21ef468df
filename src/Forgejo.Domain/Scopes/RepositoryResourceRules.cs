namespace Forgejo.Domain.Scopes;

/// <summary>
/// Forgejo's <c>authz.ValidateRepositoryResource</c>: the rules for a token or integration limited to specific repositories.
/// </summary>
public static class RepositoryResourceRules
{
    public const string NoneMessage = "specified repository access token: must have at least one repository";
    public const string NoPublicOnlyMessage = "specified repository access token: cannot be combined with public-only scope";
    public const string InvalidScopeMessage = "specified repository access token: invalid scope";

    // Only scopes whose permission checks run against a repository can be limited to specific repositories.
    private static readonly HashSet<string> RepositoryScopes =
        ["read:issue", "write:issue", "read:repository", "write:repository"];

    /// <summary>Null when valid, otherwise Forgejo's error text.</summary>
    /// <exception cref="InvalidAccessTokenScopeException">The scope string is not valid at all.</exception>
    public static string? Validate(bool resourceAllRepos, string scope, int repositoryCount)
    {
        if (resourceAllRepos)
        {
            return null;
        }

        if (repositoryCount == 0)
        {
            return NoneMessage;
        }

        if (AccessTokenScope.Parse(scope).IsPublicOnly)
        {
            return NoPublicOnlyMessage;
        }

        // Forgejo checks the items as written (so "all" is refused too).
        foreach (var item in scope.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!RepositoryScopes.Contains(item))
            {
                return $"{InvalidScopeMessage}: cannot be combined with scope {item}";
            }
        }

        return null;
    }
}
