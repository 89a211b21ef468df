using System.Runtime.CompilerServices;
using Forgejo.Domain.AccessTokens;
using Forgejo.Domain.AuthorizedIntegrations;
using Forgejo.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Forgejo.Persistence.Queries;

/// <summary>An authorized integration with its owner, read in one round trip.</summary>
public sealed record IntegrationWithOwner(AuthorizedIntegration Integration, User Owner);

/// <summary>An access token with its owner, read in one round trip.</summary>
public sealed record AccessTokenWithOwner(AccessToken Token, User Owner);

/// <summary>
/// The queries an authenticated API request runs, compiled once. Run as LINQ, EF walks, hashes and looks up the
/// expression tree again on every call, which the end-to-end benchmark's profile showed as about a third of each
/// query's CPU (docs/benchmarks.md). Owners come by join: the foreign keys guarantee them.
/// </summary>
public static class HotPathQueries
{
    /// <summary>
    /// EF binds a compiled query to the first model it runs against and refuses any other. Each provider's context type
    /// has its own model, and one type gets another model under other options (a MySQL server version, logging
    /// settings), so every model gets its own compiled set.
    /// </summary>
    private sealed class Compiled
    {
        public readonly Func<ForgejoDbContext, long, CancellationToken, Task<User?>> UserById =
            EF.CompileAsyncQuery((ForgejoDbContext db, long id, CancellationToken _) =>
                db.Users.AsNoTracking().FirstOrDefault(u => u.Id == id));

        public readonly Func<ForgejoDbContext, long, CancellationToken, Task<AccessTokenWithOwner?>> AccessTokenWithOwnerById =
            EF.CompileAsyncQuery((ForgejoDbContext db, long id, CancellationToken _) =>
                db.AccessTokens.AsNoTracking()
                    .Where(t => t.Id == id)
                    .Join(db.Users, t => t.Uid, u => u.Id, (t, u) => new AccessTokenWithOwner(t, u))
                    .FirstOrDefault());

        public readonly Func<ForgejoDbContext, string, IAsyncEnumerable<AccessTokenWithOwner>> AccessTokensWithOwnerByLastEight =
            EF.CompileAsyncQuery((ForgejoDbContext db, string lastEight) =>
                db.AccessTokens.AsNoTracking()
                    .Where(t => t.TokenLastEight == lastEight)
                    .Join(db.Users, t => t.Uid, u => u.Id, (t, u) => new AccessTokenWithOwner(t, u)));

        public readonly Func<ForgejoDbContext, string, string, CancellationToken, Task<IntegrationWithOwner?>> IntegrationWithOwner =
            EF.CompileAsyncQuery((ForgejoDbContext db, string issuer, string audience, CancellationToken _) =>
                db.AuthorizedIntegrations.AsNoTracking()
                    .Where(i => i.Issuer == issuer && i.Audience == audience)
                    .Join(db.Users, i => i.UserId, u => u.Id, (i, u) => new IntegrationWithOwner(i, u))
                    .FirstOrDefault());
    }

    private static readonly ConditionalWeakTable<IModel, Compiled> PerModel = new();

    public static Task<User?> UserById(ForgejoDbContext db, long id, CancellationToken cancellationToken) =>
        For(db).UserById(db, id, cancellationToken);

    public static Task<AccessTokenWithOwner?> AccessTokenWithOwnerById(ForgejoDbContext db, long id, CancellationToken cancellationToken) =>
        For(db).AccessTokenWithOwnerById(db, id, cancellationToken);

    public static IAsyncEnumerable<AccessTokenWithOwner> AccessTokensWithOwnerByLastEight(ForgejoDbContext db, string lastEight) =>
        For(db).AccessTokensWithOwnerByLastEight(db, lastEight);

    public static Task<IntegrationWithOwner?> IntegrationWithOwner(ForgejoDbContext db, string issuer, string audience, CancellationToken cancellationToken) =>
        For(db).IntegrationWithOwner(db, issuer, audience, cancellationToken);

    private static Compiled For(ForgejoDbContext db) => PerModel.GetValue(db.Model, static _ => new Compiled());
}
