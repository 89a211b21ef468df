using Forgejo.Domain.Scopes;

namespace Forgejo.Tests.Domain;

public sealed class AccessTokenScopeTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("read:user", "read:user")]
    [InlineData("read:user,write:user", "write:user")]
    [InlineData(" write:repository , read:user ,", "write:repository,read:user")]
    [InlineData("read:user,read:activitypub", "read:activitypub,read:user")]
    [InlineData("all", "all")]
    [InlineData("all,read:user", "all")]
    [InlineData("public-only,read:repository", "public-only,read:repository")]
    [InlineData("public-only,all", "public-only,all")]
    [InlineData("write:activitypub,write:admin,write:misc,write:notification,write:organization,write:package,write:issue,write:repository,write:user", "all")]
    [InlineData("write:activitypub,write:admin,write:misc,write:notification,write:organization,write:package,write:issue,write:repository,read:user",
        "write:activitypub,write:admin,write:misc,write:notification,write:organization,write:package,write:issue,write:repository,read:user")]
    public void Normalize_matches_forgejo(string scope, string expected) =>
        Assert.Equal(expected, AccessTokenScope.Normalize(scope));

    [Theory]
    [InlineData("read:user,bogus", "bogus")]
    [InlineData("read:users", "read:users")]
    [InlineData("READ:USER", "READ:USER")]
    [InlineData("write", "write")]
    public void Unknown_scopes_fail_naming_the_scope(string scope, string unknown)
    {
        var error = Assert.Throws<InvalidAccessTokenScopeException>(() => AccessTokenScope.Parse(scope));
        Assert.Equal($"invalid access token scope: {unknown}", error.Message);
        Assert.False(AccessTokenScope.TryParse(scope, out _, out var message));
        Assert.Equal(error.Message, message);
    }

    [Theory]
    [InlineData("read:user", "read:user", true)]
    [InlineData("read:user", "write:user", false)]
    [InlineData("write:user", "read:user", true)]
    [InlineData("write:user", "read:repository", false)]
    [InlineData("all", "write:admin", true)]
    [InlineData("all", "read:notification", true)]
    [InlineData("all", "public-only", false)]
    [InlineData("public-only,read:repository", "public-only", true)]
    [InlineData("write:repository,read:user", "read:repository,read:user", true)]
    [InlineData("write:repository", "read:repository,read:user", false)]
    [InlineData("", "read:user", false)]
    public void HasScope_requires_every_listed_scope(string scope, string required, bool expected) =>
        Assert.Equal(expected, AccessTokenScope.Parse(scope).HasScope(required.Split(',')));

    [Fact]
    public void HasAnyScope_needs_one_of_them()
    {
        var scope = AccessTokenScope.Parse("read:issue");
        Assert.True(scope.HasAnyScope("read:repository", "read:issue"));
        Assert.False(scope.HasAnyScope("read:repository", "write:issue"));
    }

    [Theory]
    [InlineData("public-only,read:user", true)]
    [InlineData("all", false)]
    [InlineData("read:user", false)]
    public void Public_only_is_detected(string scope, bool expected) =>
        Assert.Equal(expected, AccessTokenScope.Parse(scope).IsPublicOnly);

    [Theory]
    [InlineData(true, "read:admin", 0, null)]
    [InlineData(false, "read:repository", 1, null)]
    [InlineData(false, "write:issue,read:repository", 2, null)]
    [InlineData(false, "read:repository", 0, RepositoryResourceRules.NoneMessage)]
    [InlineData(false, "public-only,read:repository", 1, RepositoryResourceRules.NoPublicOnlyMessage)]
    [InlineData(false, "read:admin", 1, "specified repository access token: invalid scope: cannot be combined with scope read:admin")]
    [InlineData(false, "read:repository,all", 1, "specified repository access token: invalid scope: cannot be combined with scope all")]
    public void Repository_resource_rules_match_forgejo(bool allRepos, string scope, int repositories, string? expected) =>
        Assert.Equal(expected, RepositoryResourceRules.Validate(allRepos, scope, repositories));
}
