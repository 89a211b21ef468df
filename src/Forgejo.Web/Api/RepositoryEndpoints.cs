using System.Globalization;
using System.Text.RegularExpressions;
using Forgejo.Domain.Repositories;
using Forgejo.Domain.Time;
using Forgejo.Domain.Users;
using Forgejo.Persistence;
using Forgejo.Web.Auth;
using Forgejo.Web.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.OpenApi;

namespace Forgejo.Web.Api;

/// <summary>Repositories: <c>/api/v1/user/repos</c>, <c>/api/v1/repos/{owner}/{repo}</c> and <c>/api/v1/repos/search</c>.</summary>
public static partial class RepositoryEndpoints
{
    public const int DefaultPageSize = 30;
    public const int MaxPageSize = 50;
    public const string ConflictMessage = "The repository with the same name already exists.";
    public const string AdminRequiredMessage = "user should be an owner or a collaborator with admin write of a repository";

    public static RouteGroupBuilder MapRepositoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/user/repos", ListMyReposAsync)
            .RequireSignIn().RequireScope("read:user", "read:repository")
            .WithName("userCurrentListRepos").WithTags("user").WithSummary("List the repos that the authenticated user owns")
            .Produces<List<RepositoryJson>>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/user/repos", CreateAsync)
            .RequireSignIn().RequireScope("write:user", "write:repository")
            .WithName("createCurrentUserRepo").WithTags("repository").WithSummary("Create a repository")
            .Accepts<CreateRepoOption>("application/json")
            .Produces<RepositoryJson>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/repos/search", SearchAsync)
            .RequireScope("read:repository").AllowAnonymous()
            .WithName("repoSearch").WithTags("repository").WithSummary("Search for repositories")
            .WithQueryParameter("q", JsonSchemaType.String, "keyword: part of the repository name (case-insensitive)")
            .WithQueryParameter("page", JsonSchemaType.Integer, "page number of results to return (1-based)", minimum: 1, defaultValue: 1)
            .WithQueryParameter("limit", JsonSchemaType.Integer, $"page size of results (at most {MaxPageSize})", minimum: 1, defaultValue: DefaultPageSize)
            .Produces<SearchResultsJson>().WithResponseHeader(StatusCodes.Status200OK, "X-Total-Count", JsonSchemaType.Integer, "number of matching repositories")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/repos/{owner}/{repo}", GetAsync)
            .RequireScope("read:repository").AllowAnonymous()
            .WithName("repoGet").WithTags("repository").WithSummary("Get a repository")
            .Produces<RepositoryJson>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPatch("/repos/{owner}/{repo}", EditAsync)
            .RequireSignIn().RequireScope("write:repository")
            .WithName("repoEdit").WithTags("repository").WithSummary("Edit a repository's properties. Only fields that are set will be changed.")
            .Accepts<EditRepoOption>("application/json")
            .Produces<RepositoryJson>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/repos/{owner}/{repo}", DeleteAsync)
            .RequireSignIn().RequireScope("write:repository")
            .WithName("repoDelete").WithTags("repository").WithSummary("Delete a repository")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> ListMyReposAsync(HttpContext http, ForgejoDbContext db, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var owner = await http.SignedInUserAsync(db, cancellationToken) ?? throw new InvalidOperationException("the signed-in user was deleted during the request");
        var repos = await RepositoryAccess.Visible(db.Repositories.AsNoTracking().Where(r => r.OwnerId == owner.Id), caller)
            .OrderBy(r => r.LowerName).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var baseUrl = ApiUrls.Base(http.Request);
        return TypedResults.Ok(repos.Select(r => RepositoryJson.From(r, owner, caller, baseUrl)).ToList());
    }

    private static async Task<IResult> CreateAsync(HttpContext http, ForgejoDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (option, error) = await ApiJson.ReadAsync<CreateRepoOption>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var name = option!.Name?.Trim() ?? "";
        if (ValidateName(name) is { } nameError)
        {
            return ApiProblem.Result(StatusCodes.Status422UnprocessableEntity, nameError);
        }

        var caller = http.Caller();
        var owner = await http.SignedInUserAsync(db, cancellationToken) ?? throw new InvalidOperationException("the signed-in user was deleted during the request");
        var lowerName = name.ToLowerInvariant();
        if (await db.Repositories.AnyAsync(r => r.OwnerId == owner.Id && r.LowerName == lowerName, cancellationToken))
        {
            return ApiProblem.Result(StatusCodes.Status409Conflict, ConflictMessage);
        }

        var now = UnixTime.Now(clock);
        var repo = new Repository
        {
            OwnerId = owner.Id,
            OwnerName = owner.Name,
            Name = name,
            LowerName = lowerName,
            Description = option.Description ?? "",
            IsPrivate = option.Private ?? false,
            CreatedUnix = now,
            UpdatedUnix = now,
        };
        db.Repositories.Add(repo);
        await db.SaveChangesAsync(cancellationToken);
        var json = RepositoryJson.From(repo, owner, caller, ApiUrls.Base(http.Request));
        return TypedResults.Created(json.Url, json);
    }

    private static async Task<IResult> GetAsync(string owner, string repo, HttpContext http, ForgejoDbContext db, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var found = await FindVisibleAsync(db, owner, repo, caller, cancellationToken);
        return found is null
            ? ApiProblem.NotFound()
            : TypedResults.Ok(RepositoryJson.From(found.Value.Repo, found.Value.Owner, caller, ApiUrls.Base(http.Request)));
    }

    private static async Task<IResult> EditAsync(string owner, string repo, HttpContext http, ForgejoDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var found = await FindVisibleAsync(db, owner, repo, caller, cancellationToken);
        if (found is null)
        {
            return ApiProblem.NotFound();
        }

        var (existing, ownerUser) = found.Value;
        if (!RepositoryAccess.CanAdminister(existing, caller))
        {
            return ApiProblem.Result(StatusCodes.Status403Forbidden, AdminRequiredMessage);
        }

        var (option, error) = await ApiJson.ReadAsync<EditRepoOption>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var tracked = await db.Repositories.FirstAsync(r => r.Id == existing.Id, cancellationToken);
        if (option!.Name is { } rawName)
        {
            var name = rawName.Trim();
            if (ValidateName(name) is { } nameError)
            {
                return ApiProblem.Result(StatusCodes.Status422UnprocessableEntity, nameError);
            }

            var lowerName = name.ToLowerInvariant();
            if (lowerName != tracked.LowerName
                && await db.Repositories.AnyAsync(r => r.OwnerId == tracked.OwnerId && r.LowerName == lowerName, cancellationToken))
            {
                return ApiProblem.Result(StatusCodes.Status409Conflict, ConflictMessage);
            }

            tracked.Name = name;
            tracked.LowerName = lowerName;
        }

        if (option.Description is { } description)
        {
            tracked.Description = description;
        }

        if (option.Private is { } isPrivate)
        {
            tracked.IsPrivate = isPrivate;
        }

        tracked.UpdatedUnix = UnixTime.Now(clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RepositoryJson.From(tracked, ownerUser, caller, ApiUrls.Base(http.Request)));
    }

    private static async Task<IResult> DeleteAsync(string owner, string repo, HttpContext http, ForgejoDbContext db, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var found = await FindVisibleAsync(db, owner, repo, caller, cancellationToken);
        if (found is null)
        {
            return ApiProblem.NotFound();
        }

        var existing = found.Value.Repo;
        if (!RepositoryAccess.CanAdminister(existing, caller))
        {
            return ApiProblem.Result(StatusCodes.Status403Forbidden, AdminRequiredMessage);
        }

        // Integrations limited to this repository lose it; their rows reference the repository.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.AuthorizedIntegrationResourceRepos.Where(r => r.RepoId == existing.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Repositories.Where(r => r.Id == existing.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> SearchAsync(HttpContext http, ForgejoDbContext db, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        if (!TryReadPositive(query["limit"], DefaultPageSize, out var limit) || !TryReadPositive(query["page"], 1, out var page))
        {
            return ApiProblem.Result(StatusCodes.Status422UnprocessableEntity, "limit and page must be positive integers");
        }

        limit = Math.Min(limit, MaxPageSize);
        var caller = http.Caller();
        var repos = RepositoryAccess.Visible(db.Repositories.AsNoTracking(), caller);
        if (query["q"].ToString().Trim() is { Length: > 0 } keyword)
        {
            var lowerKeyword = keyword.ToLowerInvariant();
            repos = repos.Where(r => r.LowerName.Contains(lowerKeyword));
        }

        var total = await repos.CountAsync(cancellationToken);
        var pageRows = await repos.OrderBy(r => r.LowerName).ThenBy(r => r.Id)
            .Skip((int)Math.Min((long)(page - 1) * limit, int.MaxValue)).Take(limit).ToListAsync(cancellationToken);
        var ownerIds = pageRows.Select(r => r.OwnerId).Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var baseUrl = ApiUrls.Base(http.Request);
        http.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Ok(new SearchResultsJson(true, pageRows.Select(r => RepositoryJson.From(r, owners[r.OwnerId], caller, baseUrl)).ToList()));
    }

    internal static async Task<(Repository Repo, User Owner)?> FindVisibleAsync(ForgejoDbContext db, string owner, string repo, ApiCaller caller,
        CancellationToken cancellationToken)
    {
        var lowerOwner = owner.ToLowerInvariant();
        var lowerRepo = repo.ToLowerInvariant();
        var ownerUser = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.LowerName == lowerOwner, cancellationToken);
        if (ownerUser is null)
        {
            return null;
        }

        var found = await db.Repositories.AsNoTracking()
            .FirstOrDefaultAsync(r => r.OwnerId == ownerUser.Id && r.LowerName == lowerRepo, cancellationToken);
        return found is not null && RepositoryAccess.CanSee(found, caller) ? (found, ownerUser) : null;
    }

    /// <summary>Forgejo's <c>Required;AlphaDashDot;MaxSize(100)</c> for repository names.</summary>
    public static string? ValidateName(string name)
    {
        if (name.Length == 0)
        {
            return "name is required";
        }

        if (name.Length > 100)
        {
            return "name is too long: at most 100 characters";
        }

        return !AlphaDashDot().IsMatch(name) || name is "." or ".."
            ? "name is invalid: must be valid alpha or numeric or dash(-_) or dot characters"
            : null;
    }

    private static bool TryReadPositive(string? raw, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(raw))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex AlphaDashDot();
}
