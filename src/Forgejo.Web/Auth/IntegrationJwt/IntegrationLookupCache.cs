using Forgejo.Persistence.Queries;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Forgejo.Web.Auth.IntegrationJwt;

/// <summary>
/// Successful (issuer, audience) lookups, kept for <see cref="AuthorizedIntegrationOptions.LookupCacheTtl"/> so that a
/// CI job's burst of calls does not pay a database round trip each (Forgejo caches access-token lookups the same way).
/// Changing or deleting an integration through this server evicts it at once; other replicas see it within the TTL.
/// Misses are never cached, so a new integration works immediately.
/// </summary>
public sealed class IntegrationLookupCache(IMemoryCache cache, IOptions<AuthorizedIntegrationOptions> options)
{
    public bool TryGet(string issuer, string audience, out IntegrationWithOwner? found) =>
        cache.TryGetValue(Key(issuer, audience), out found);

    public void Set(string issuer, string audience, IntegrationWithOwner found)
    {
        if (options.Value.LookupCacheTtl > TimeSpan.Zero)
        {
            cache.Set(Key(issuer, audience), found, options.Value.LookupCacheTtl);
        }
    }

    public void Evict(string issuer, string audience) => cache.Remove(Key(issuer, audience));

    private static (string, string, string) Key(string issuer, string audience) => ("authorized-integration", issuer, audience);
}
