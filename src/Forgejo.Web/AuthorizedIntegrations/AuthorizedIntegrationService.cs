using System.Text.Json;
using System.Text.Json.Serialization;
using Forgejo.Domain.AuthorizedIntegrations;
using Forgejo.Domain.ClaimRules;
using Forgejo.Domain.Scopes;
using Forgejo.Domain.Time;
using Forgejo.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forgejo.Web.AuthorizedIntegrations;

/// <summary>What a client may set on an integration (the audience is never accepted: it is generated).</summary>
public sealed record IntegrationDraft(
    string Name, string? Description, string Issuer, string Scope, ClaimRuleSet ClaimRules, bool ResourceAllRepos, IReadOnlyList<string> Repositories);

/// <summary>An integration as the API and the CLI print it.</summary>
public sealed record AuthorizedIntegrationJson(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("audience")] string Audience,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("claim_rules")] JsonElement ClaimRules,
    [property: JsonPropertyName("resource_all_repos")] bool ResourceAllRepos,
    [property: JsonPropertyName("repositories")] IReadOnlyList<string> Repositories,
    [property: JsonPropertyName("created")] string Created,
    [property: JsonPropertyName("updated")] string Updated,
    [property: JsonPropertyName("last_used")] string? LastUsed);

/// <summary>A validation failure, with the message the client sees (422 in the API, one line in the CLI).</summary>
public sealed class IntegrationValidationException(string message) : InvalidOperationException(message);

/// <summary>Validation and storage of a user's authorized integrations, shared by the API and the CLI.</summary>
public sealed class AuthorizedIntegrationService(ForgejoDbContext db, TimeProvider clock, IIssuerValidator issuerValidator,
    Auth.IntegrationJwt.IntegrationLookupCache lookups)
{
    public async Task<List<AuthorizedIntegrationJson>> ListAsync(long userId, CancellationToken cancellationToken)
    {
        var rows = await db.AuthorizedIntegrations.AsNoTracking().Where(i => i.UserId == userId)
            .OrderByDescending(i => i.CreatedUnix).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);
        return await ToJsonAsync(rows, cancellationToken);
    }

    public async Task<AuthorizedIntegrationJson?> GetAsync(long userId, long id, CancellationToken cancellationToken)
    {
        var row = await db.AuthorizedIntegrations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.UserId == userId, cancellationToken);
        return row is null ? null : (await ToJsonAsync([row], cancellationToken)).Single();
    }

    /// <exception cref="IntegrationValidationException">The draft is not valid.</exception>
    public async Task<AuthorizedIntegrationJson> CreateAsync(long userId, IntegrationDraft draft, CancellationToken cancellationToken)
    {
        var (valid, repoIds) = await ValidateAsync(userId, draft, cancellationToken);
        var now = UnixTime.Now(clock);
        var row = new AuthorizedIntegration
        {
            UserId = userId,
            Name = valid.Name,
            Description = valid.Description,
            Issuer = valid.Issuer,
            Audience = $"u:{userId}:{Guid.NewGuid():D}",
            Scope = valid.Scope,
            ClaimRules = valid.ClaimRules,
            ResourceAllRepos = valid.ResourceAllRepos,
            Ui = AuthorizedIntegration.UiKinds.Generic,
            CreatedUnix = now,
            UpdatedUnix = now,
            ResourceRepos = repoIds.Select(id => new AuthorizedIntegrationResourceRepo { RepoId = id, CreatedUnix = now }).ToList(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AuthorizedIntegrations.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await GetAsync(userId, row.Id, cancellationToken))!;
    }

    /// <summary>Replaces the editable fields. <c>updated_unix</c> is left alone: Forgejo reuses it as the last-used time.</summary>
    public async Task<AuthorizedIntegrationJson?> UpdateAsync(long userId, long id, Func<IntegrationDraft, IntegrationDraft> change,
        CancellationToken cancellationToken)
    {
        var row = await db.AuthorizedIntegrations.FirstOrDefaultAsync(i => i.Id == id && i.UserId == userId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var current = (await ToJsonAsync([row], cancellationToken)).Single();
        var draft = change(new IntegrationDraft(row.Name ?? "", row.Description, row.Issuer, row.Scope, row.ClaimRules, row.ResourceAllRepos,
            current.Repositories));
        var (valid, repoIds) = await ValidateAsync(userId, draft, cancellationToken);
        var now = UnixTime.Now(clock);
        var previousIssuer = row.Issuer;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        row.Name = valid.Name;
        row.Description = valid.Description;
        row.Issuer = valid.Issuer;
        row.Scope = valid.Scope;
        row.ClaimRules = valid.ClaimRules;
        row.ResourceAllRepos = valid.ResourceAllRepos;
        await db.AuthorizedIntegrationResourceRepos.Where(r => r.IntegId == row.Id).ExecuteDeleteAsync(cancellationToken);
        db.AuthorizedIntegrationResourceRepos.AddRange(repoIds.Select(repoId =>
            new AuthorizedIntegrationResourceRepo { IntegId = row.Id, RepoId = repoId, CreatedUnix = now }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        lookups.Evict(previousIssuer, row.Audience);
        return await GetAsync(userId, id, cancellationToken);
    }

    public async Task<bool> DeleteAsync(long userId, long id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = await db.AuthorizedIntegrations.Where(i => i.Id == id && i.UserId == userId)
            .Select(i => new { i.Issuer, i.Audience }).FirstOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return false;
        }

        await db.AuthorizedIntegrationResourceRepos.Where(r => r.IntegId == id).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.AuthorizedIntegrations.Where(i => i.Id == id && i.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (deleted != 1)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        lookups.Evict(key.Issuer, key.Audience);
        return true;
    }

    /// <summary>The <c>name</c> and <c>issuer</c> columns are VARCHAR(255).</summary>
    public const int MaxNameLength = 255;

    public const int MaxIssuerLength = 255;

    /// <summary>Fits MySQL's TEXT column (65,535 bytes) even at four UTF-8 bytes a character.</summary>
    public const int MaxDescriptionLength = 16_000;

    /// <summary>
    /// An issuer is compared with tokens' <c>iss</c> byte for byte, so it must be written exactly as the issuer names
    /// itself: an absolute https URL without credentials, query, fragment, dot segments or surrounding spaces.
    /// </summary>
    public static string? IssuerFormProblem(string issuer)
    {
        if (issuer.Length > MaxIssuerLength)
        {
            return $"must be at most {MaxIssuerLength} characters";
        }

        if (issuer.Length == 0 || issuer.Trim() != issuer || issuer.Any(char.IsControl)
            || !Uri.TryCreate(issuer, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.Host.Length == 0)
        {
            return "must be an absolute https URL";
        }

        if (url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0 || issuer.Contains('?') || issuer.Contains('#'))
        {
            return "must not carry credentials, a query or a fragment";
        }

        var path = issuer[(issuer.IndexOf("//", StringComparison.Ordinal) + 2)..];
        path = path.Contains('/') ? path[path.IndexOf('/')..] : "";
        if (path.Split('/').Any(segment => segment is "." or ".."))
        {
            return "must not contain . or .. path segments";
        }

        return null;
    }

    /// <summary>Forgejo's ValidateAuthorizedIntegration; the issuer's live check comes last, so invalid input causes no fetch.</summary>
    private async Task<(IntegrationDraft Valid, List<long> RepoIds)> ValidateAsync(long userId, IntegrationDraft draft,
        CancellationToken cancellationToken)
    {
        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            throw new IntegrationValidationException("missing field \"Name\"");
        }

        if (name.Length > MaxNameLength)
        {
            throw new IntegrationValidationException($"name is too long: at most {MaxNameLength} characters");
        }

        var description = draft.Description?.Trim();
        if (description?.Length > MaxDescriptionLength)
        {
            throw new IntegrationValidationException($"description is too long: at most {MaxDescriptionLength} characters");
        }

        if (IssuerFormProblem(draft.Issuer) is { } issuerForm)
        {
            throw new IntegrationValidationException($"invalid issuer \"{draft.Issuer}\": {issuerForm}");
        }

        var issuer = new Uri(draft.Issuer, UriKind.Absolute);

        if (!AccessTokenScope.TryParse(draft.Scope, out var scope, out var scopeError))
        {
            throw new IntegrationValidationException(scopeError!);
        }

        if (scope.Equals(AccessTokenScope.Empty))
        {
            throw new IntegrationValidationException("missing field \"Scope\"");
        }

        if (ClaimRuleValidator.Validate(draft.ClaimRules) is { Count: > 0 } rulesProblems)
        {
            throw new IntegrationValidationException("invalid claim rules: " + string.Join("; ", rulesProblems.Select(problem => problem.Message)));
        }

        if (draft.ResourceAllRepos && draft.Repositories.Count > 0)
        {
            throw new IntegrationValidationException("repositories cannot be combined with resource_all_repos");
        }

        var repoIds = new List<long>();
        if (draft.Repositories.Any(string.IsNullOrWhiteSpace))
        {
            throw new IntegrationValidationException("invalid repositories: every entry must be an owner/name string");
        }

        foreach (var fullName in draft.Repositories.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var parts = fullName.Split('/');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new IntegrationValidationException($"invalid repository \"{fullName}\": expected owner/name");
            }

            var (owner, repo) = (parts[0].ToLowerInvariant(), parts[1].ToLowerInvariant());
            var caller = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, cancellationToken);
            var found = await db.Repositories.AsNoTracking()
                .Where(r => r.LowerName == repo && db.Users.Any(u => u.Id == r.OwnerId && u.LowerName == owner))
                .FirstOrDefaultAsync(cancellationToken);
            if (found is null || (found.IsPrivate && found.OwnerId != userId && !caller.IsAdmin))
            {
                throw new IntegrationValidationException($"repository \"{fullName}\" does not exist");
            }

            repoIds.Add(found.Id);
        }

        var normalized = scope.ToString();
        if (RepositoryResourceRules.Validate(draft.ResourceAllRepos, normalized, repoIds.Count) is { } resourceError)
        {
            throw new IntegrationValidationException(resourceError);
        }

        if (await issuerValidator.ValidateAsync(issuer, cancellationToken) is { } issuerProblem)
        {
            throw new IntegrationValidationException($"invalid issuer \"{draft.Issuer}\": {issuerProblem}");
        }

        return (draft with { Name = name, Description = description, Issuer = draft.Issuer, Scope = normalized }, repoIds);
    }

    private async Task<List<AuthorizedIntegrationJson>> ToJsonAsync(List<AuthorizedIntegration> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var repos = await (from resource in db.AuthorizedIntegrationResourceRepos.AsNoTracking()
                           join repo in db.Repositories.AsNoTracking() on resource.RepoId equals repo.Id
                           where ids.Contains(resource.IntegId)
                           select new { resource.IntegId, repo.OwnerName, repo.Name }).ToListAsync(cancellationToken);
        return rows.Select(row =>
        {
            using var rules = JsonDocument.Parse(ClaimRuleSetJson.Serialize(row.ClaimRules));
            return new AuthorizedIntegrationJson(row.Id, row.Name ?? "", row.Description ?? "", row.Issuer, row.Audience, row.Scope,
                rules.RootElement.Clone(), row.ResourceAllRepos,
                repos.Where(r => r.IntegId == row.Id).Select(r => $"{r.OwnerName}/{r.Name}").Order(StringComparer.Ordinal).ToList(),
                Api.ApiJson.Time(row.CreatedUnix), Api.ApiJson.Time(row.UpdatedUnix),
                row.HasBeenUsed ? Api.ApiJson.Time(row.UpdatedUnix) : null);
        }).ToList();
    }
}
