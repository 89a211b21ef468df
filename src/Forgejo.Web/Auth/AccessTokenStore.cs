using Forgejo.Domain.AccessTokens;
using Forgejo.Domain.Scopes;
using Forgejo.Domain.Time;
using Forgejo.Persistence;
using Forgejo.Persistence.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Forgejo.Web.Auth;

/// <summary>Creates personal access tokens and finds the token row for a presented token.</summary>
public sealed class AccessTokenStore(ForgejoDbContext db, TimeProvider clock, IMemoryCache? cache = null)
{
    /// <summary>
    /// How long a successful lookup, unused, keeps skipping PBKDF2. Each use extends it: a fixed lifetime made every busy
    /// client pay PBKDF2 again on all its connections at once when it ran out (the end-to-end benchmark's p99). The row is
    /// still read on every request, so a deleted token stops working at once.
    /// </summary>
    public static readonly TimeSpan CacheIdleLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Creates a token and returns it with the plain token, which is shown once and never stored.</summary>
    /// <exception cref="InvalidOperationException">The name is taken or the scope is not valid (Forgejo's messages).</exception>
    public async Task<(AccessToken Row, string Token)> CreateAsync(long userId, string name, string scope, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length == 0)
        {
            throw new InvalidOperationException("access token name is required");
        }

        if (!AccessTokenScope.TryParse(scope, out var parsed, out var error))
        {
            throw new InvalidOperationException($"invalid access token scope provided: {error}");
        }

        if (await db.AccessTokens.AnyAsync(t => t.Uid == userId && t.Name == name, cancellationToken))
        {
            throw new InvalidOperationException("access token name has been used already");
        }

        var token = AccessTokenHashing.NewToken();
        var salt = AccessTokenHashing.NewSalt();
        var now = UnixTime.Now(clock);
        var row = new AccessToken
        {
            Uid = userId,
            Name = name,
            TokenSalt = salt,
            TokenHash = AccessTokenHashing.Hash(token, salt),
            TokenLastEight = AccessTokenHashing.LastEight(token),
            Scope = parsed.ToString(),
            CreatedUnix = now,
            UpdatedUnix = now,
        };
        db.AccessTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return (row, token);
    }

    /// <summary>
    /// The row for a presented token with its owner, or null: one indexed query by the last eight characters and a
    /// constant-time hash compare, or after a successful lookup one query by id.
    /// </summary>
    public async Task<AccessTokenWithOwner?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (!AccessTokenHashing.IsWellFormed(token))
        {
            return null;
        }

        var cacheKey = AccessTokenHashing.CacheKey(token);
        if (cache is not null && cache.TryGetValue(cacheKey, out SuccessfulLookup? lookup))
        {
            // The hash pins the row: an id that came to name another token (a reused id) is not trusted.
            if (await HotPathQueries.AccessTokenWithOwnerById(db, lookup!.Id, cancellationToken) is { } cached
                && cached.Token.TokenHash == lookup.TokenHash)
            {
                return cached;
            }

            cache.Remove(cacheKey);
        }

        // Read to the end first: the connection is not held open while PBKDF2 runs for each candidate.
        var candidates = await HotPathQueries.AccessTokensWithOwnerByLastEight(db, AccessTokenHashing.LastEight(token))
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            if (AccessTokenHashing.Matches(token, candidate.Token.TokenSalt, candidate.Token.TokenHash))
            {
                cache?.Set(cacheKey, new SuccessfulLookup(candidate.Token.Id, candidate.Token.TokenHash),
                    new MemoryCacheEntryOptions { SlidingExpiration = CacheIdleLifetime });
                return candidate;
            }
        }

        return null;
    }

    private sealed record SuccessfulLookup(long Id, string TokenHash);
}
