using System.Text.Json.Serialization;
using Forgejo.Domain.Repositories;
using Forgejo.Domain.Users;
using Forgejo.Web.Auth;

namespace Forgejo.Web.Api;

/// <summary>Forgejo's <c>api.User</c> (the fields this product has).</summary>
public sealed record UserJson(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("login")] string Login,
    [property: JsonPropertyName("login_name")] string LoginName,
    [property: JsonPropertyName("full_name")] string FullName,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("html_url")] string HtmlUrl,
    [property: JsonPropertyName("is_admin")] bool IsAdmin,
    [property: JsonPropertyName("created")] string Created,
    [property: JsonPropertyName("restricted")] bool Restricted,
    [property: JsonPropertyName("active")] bool Active,
    [property: JsonPropertyName("prohibit_login")] bool ProhibitLogin,
    [property: JsonPropertyName("visibility")] string Visibility,
    [property: JsonPropertyName("username")] string Username)
{
    /// <summary>The e-mail address is shown to the user themself and to admins only.</summary>
    public static UserJson From(User user, ApiCaller caller, string baseUrl) => new(
        user.Id, user.Name, "", user.FullName,
        caller.UserId == user.Id || caller.IsAdmin ? user.Email : "",
        $"{baseUrl}/{user.Name}", user.IsAdmin, ApiJson.Time(user.CreatedUnix), false, user.IsActive, user.ProhibitLogin, "public", user.Name);
}

public sealed record PermissionJson(
    [property: JsonPropertyName("admin")] bool Admin,
    [property: JsonPropertyName("push")] bool Push,
    [property: JsonPropertyName("pull")] bool Pull);

/// <summary>Forgejo's <c>api.Repository</c> (the fields this product has).</summary>
public sealed record RepositoryJson(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("owner")] UserJson Owner,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("full_name")] string FullName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("empty")] bool Empty,
    [property: JsonPropertyName("private")] bool Private,
    [property: JsonPropertyName("fork")] bool Fork,
    [property: JsonPropertyName("mirror")] bool Mirror,
    [property: JsonPropertyName("archived")] bool Archived,
    [property: JsonPropertyName("html_url")] string HtmlUrl,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("clone_url")] string CloneUrl,
    [property: JsonPropertyName("default_branch")] string DefaultBranch,
    [property: JsonPropertyName("created_at")] string CreatedAt,
    [property: JsonPropertyName("updated_at")] string UpdatedAt,
    [property: JsonPropertyName("permissions")] PermissionJson Permissions)
{
    public static RepositoryJson From(Repository repo, User owner, ApiCaller caller, string baseUrl)
    {
        var admin = RepositoryAccess.CanAdminister(repo, caller);
        return new RepositoryJson(repo.Id, UserJson.From(owner, caller, baseUrl), repo.Name, $"{repo.OwnerName}/{repo.Name}", repo.Description,
            true, repo.IsPrivate, false, false, false,
            $"{baseUrl}/{repo.OwnerName}/{repo.Name}", $"{baseUrl}/api/v1/repos/{repo.OwnerName}/{repo.Name}",
            $"{baseUrl}/{repo.OwnerName}/{repo.Name}.git", "", ApiJson.Time(repo.CreatedUnix), ApiJson.Time(repo.UpdatedUnix),
            new PermissionJson(admin, admin, true));
    }
}

/// <summary>Forgejo's <c>CreateRepoOption</c> (subset).</summary>
public sealed class CreateRepoOption
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("private")] public bool? Private { get; set; }
}

/// <summary>Forgejo's <c>EditRepoOption</c> (subset); absent fields stay unchanged.</summary>
public sealed class EditRepoOption
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("private")] public bool? Private { get; set; }
}

/// <summary>Forgejo's repository search envelope.</summary>
public sealed record SearchResultsJson(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("data")] IReadOnlyList<RepositoryJson> Data);

public static class ApiUrls
{
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}

